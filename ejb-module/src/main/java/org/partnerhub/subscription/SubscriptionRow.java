package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A subscription as lists show it. */
public record SubscriptionRow(long id, String offerName, BillingCycle billingCycle, int licenses,
        SubscriptionStatus status, long partnerId, String partnerName, LocalDateTime createdAt, String resellerName,
        String resellerMpnId, SupportContact supportContact) implements Serializable {

    public boolean isCredited() {
        return resellerMpnId != null;
    }

    public boolean isBoughtThrough(long partner) {
        return partnerId == partner;
    }
}
