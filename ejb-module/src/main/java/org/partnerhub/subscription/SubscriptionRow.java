package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.partnerhub.shared.TranslatedText;

/**
 * A subscription as lists show it. The status is the code as stored: a page shows one it does
 * not know as the code itself. version is what a change sent from a page must still find. The
 * offer's name is in every language: a page shows its own ({@link #offerName(Locale)}).
 */
public record SubscriptionRow(long id, long version, long offerId, TranslatedText offerNames, BillingCycle billingCycle,
        int licenses, int minLicenses, int maxLicenses, String status, long partnerId, String partnerName,
        LocalDateTime createdAt, LocalDate termEnd, String resellerName, String resellerMpnId,
        Long supportPartnerId, String supportPartnerName, String statusReason, LocalDateTime licensesChangedAt, String offerCode)
        implements Serializable {

    /** The row as a query selects it: the offer's name column by column (English, Portuguese, Spanish). */
    public SubscriptionRow(long id, long version, long offerId, String offerName, String offerNamePtBr,
            String offerNameEs, BillingCycle billingCycle, int licenses, int minLicenses, int maxLicenses, String status,
            long partnerId, String partnerName, LocalDateTime createdAt, LocalDate termEnd, String resellerName,
            String resellerMpnId, Long supportPartnerId, String supportPartnerName, String statusReason,
            LocalDateTime licensesChangedAt, String offerCode) {
        this(id, version, offerId, new TranslatedText(offerName, offerNamePtBr, offerNameEs), billingCycle, licenses,
                minLicenses, maxLicenses, status, partnerId, partnerName, createdAt, termEnd, resellerName, resellerMpnId,
                supportPartnerId, supportPartnerName, statusReason, licensesChangedAt, offerCode);
    }

    public String offerName(Locale locale) {
        return offerNames.in(locale);
    }

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
