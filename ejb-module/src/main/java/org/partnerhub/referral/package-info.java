/**
 * Referrals: leads for new customers, recorded by a partner or referred by an indirect provider
 * to a partnered reseller, answered, and worked through contacted to won (the customer added
 * from it) or lost. Sits above subscriptions (a lead names an offer) and partnerships (a lead
 * goes only to a partnered reseller); the customer capability links a won lead to the customer
 * it adds.
 */
package org.partnerhub.referral;
