package org.partnerhub.subscription;

/** Whether the customer can use the subscription's licenses now. */
public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED
}
