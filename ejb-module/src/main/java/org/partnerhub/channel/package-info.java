/**
 * The partner's channel at a glance: its partnered providers and resellers with the customers
 * and subscriptions they share. A read model above partnership, relationship and subscription.
 */
package org.partnerhub.channel;
