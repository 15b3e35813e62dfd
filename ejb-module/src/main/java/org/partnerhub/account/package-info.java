/**
 * The customer's account record: the organisation a partner serves (company, address, primary
 * contact, language) and its domain, unique across all partners, under the customer domain
 * setting. Below everything that concerns a customer; it knows no partner.
 */
package org.partnerhub.account;
