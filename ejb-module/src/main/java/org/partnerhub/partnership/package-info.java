/**
 * Partnerships between an indirect provider and an indirect reseller: requested by either side
 * (a provider by a personalised, single-use link; a reseller from the provider directory),
 * accepted or declined by the other, revoked while pending, ended when active. Ending one
 * leaves customers, their relationships and delegated admin privileges as they are.
 */
package org.partnerhub.partnership;
