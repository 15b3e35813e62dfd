/**
 * Customers: the organisations partners serve. Their account (company, address, primary
 * contact, language, domain), the new-customer flow with its first order and admin user, and
 * the customer list, which a partner sees only through its active reseller relationships.
 */
package org.partnerhub.customer;
