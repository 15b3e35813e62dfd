/**
 * The Customers workspace: the customer list, the new-customer wizard and a customer's
 * account page.
 */
package org.partnerhub.web.customer;
