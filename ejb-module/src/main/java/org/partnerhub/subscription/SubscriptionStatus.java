package org.partnerhub.subscription;

/**
 * Whether the customer can use the subscription's licenses now. The vendor may add statuses:
 * subscriptions keep the code as text and pages show an unknown one as its code.
 */
public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED,
    EXPIRED,
    CANCELLED;

    /** The status with this code, or null for a code this version does not know. */
    public static SubscriptionStatus of(String code) {
        for (SubscriptionStatus status : values()) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return null;
    }
}
