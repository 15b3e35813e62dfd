package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A subscription as lists show it. The status is the code as stored: a page shows one it does
 * not know as the code itself. version is what a change sent from a page must still find.
 */
public record SubscriptionRow(long id, long version, long offerId, String offerName, BillingCycle billingCycle,
        int licenses, int minLicenses, int maxLicenses, String status, long partnerId, String partnerName,
        LocalDateTime createdAt, LocalDate termEnd, String resellerName, String resellerMpnId,
        Long supportPartnerId, String supportPartnerName, String statusReason, LocalDateTime licensesChangedAt, String offerCode)
        implements Serializable {

    /** Who supports the customer on it: the partner named for it, else the partner of record. */
    public String supportContactName() {
        return supportPartnerName == null ? partnerName : supportPartnerName;
    }

    /** The id of who supports it: the partner named for it, else the partner of record. */
    public long supportContactId() {
        return supportPartnerId == null ? partnerId : supportPartnerId;
    }

    public boolean isCredited() {
        return resellerMpnId != null;
    }

    public boolean isBoughtThrough(long partner) {
        return partnerId == partner;
    }

    /** The status, or null for one this version does not know. */
    public SubscriptionStatus knownStatus() {
        return SubscriptionStatus.of(status);
    }

    public boolean isActive() {
        return knownStatus() == SubscriptionStatus.ACTIVE;
    }

    public boolean isSuspended() {
        return knownStatus() == SubscriptionStatus.SUSPENDED;
    }
}
