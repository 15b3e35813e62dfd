/**
 * The customer's own users (its tenant's accounts), starting with the admin user created with
 * the customer. Passwords are stored only as hashes.
 */
package org.partnerhub.customeruser;
