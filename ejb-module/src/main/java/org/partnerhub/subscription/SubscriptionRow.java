package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A subscription as lists show it. */
public record SubscriptionRow(long id, String offerName, BillingCycle billingCycle, int licenses,
        SubscriptionStatus status, String partnerName, LocalDateTime createdAt) implements Serializable {
}
