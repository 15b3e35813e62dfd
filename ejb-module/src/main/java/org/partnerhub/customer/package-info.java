/**
 * What a partner does with its customers, combining the capabilities below: onboarding (a new
 * customer with its relationship, first order and admin user; a customer accepting an
 * invitation), updating the account, removing the relationship, and the customer list and
 * summaries, which a partner sees only through its active reseller relationships.
 */
package org.partnerhub.customer;
