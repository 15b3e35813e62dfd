/**
 * The customer's own users (its tenant's accounts), their licenses of the customer's
 * subscriptions, and their import from a file; the customer admin behind a call of the
 * customer area. Passwords are stored only as hashes.
 */
package org.partnerhub.customeruser;
