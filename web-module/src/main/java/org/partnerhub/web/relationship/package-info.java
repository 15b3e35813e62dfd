/**
 * Reseller relationships from the browser: inviting customers (alone or jointly with the
 * provider), following the invitations, the public page where a customer answers one, and the
 * relationship history of a customer.
 */
package org.partnerhub.web.relationship;
