/**
 * The offer catalog, orders and the subscriptions they create: an offer bought for a customer
 * through a partner with a number of licenses within the offer's limits.
 */
package org.partnerhub.subscription;
