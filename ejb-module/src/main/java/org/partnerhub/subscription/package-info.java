/**
 * The offer catalog (in every language), orders and what they come to, and the subscriptions
 * they create: an offer bought for a customer through a partner with a number of licenses
 * within the offer's limits; changes, transfers between partners, and the offers a partner hides.
 */
package org.partnerhub.subscription;
