package org.partnerhub.subscription;

/** How often a subscription is billed; the offer's price is per license and cycle. */
public enum BillingCycle {
    MONTHLY,
    ANNUAL
}
