/**
 * The pages of partnerships: a provider's Indirect resellers and a reseller's Indirect
 * providers (both on {@link org.partnerhub.web.partnership.PartnershipsPage}), the draft email
 * of a provider's request, and the page its link opens.
 */
package org.partnerhub.web.partnership;
