package org.partnerhub.referral;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.shared.TranslatedText;
import org.partnerhub.subscription.Money;

/**
 * A lead as one partner may see it. The partner that works it sees everything; the provider
 * that referred it to a reseller sees what it wrote, the status and the reseller's answer, but
 * not the reseller's notes, why it was lost, which customer it became or the invitation sent to
 * it ({@link #full()} false, those fields null).
 */
public record ReferralView(long id, ReferralStatus status, String companyName, String contactFirstName,
        String contactLastName, String contactEmail, String contactPhone, String country, Long offerId,
        String offerCode, TranslatedText offerNames, Integer licenses, Money estimatedValue, String source,
        String note, long ownerId, String ownerName, long assigneeId, String assigneeName, boolean worksIt, boolean owns,
        String declineReason, boolean full, String workNote, String lostReason, Long customerId, String customerName,
        Long invitationId,
        String createdBy, LocalDateTime createdAt, LocalDateTime referredAt, LocalDateTime changedAt)
        implements Serializable {

    static ReferralView of(Referral referral, long partnerId) {
        boolean worksIt = referral.getAssignee().getId() == partnerId;
        boolean owns = referral.getOwner().getId() == partnerId;
        var offer = referral.getOffer();
        var customer = worksIt ? referral.getCustomer() : null;
        return new ReferralView(referral.getId(), referral.getStatus(), referral.getCompanyName(),
                referral.getContactFirstName(), referral.getContactLastName(), referral.getContactEmail(),
                referral.getContactPhone(), referral.getCountry(), offer == null ? null : offer.getId(),
                offer == null ? null : offer.getCode(), offer == null ? null : offer.getNames(), referral.getLicenses(),
                referral.getEstimatedValue(),
                referral.getSource(), referral.getNote(), referral.getOwner().getId(), referral.getOwner().getName(),
                referral.getAssignee().getId(), referral.getAssignee().getName(), worksIt, owns,
                referral.getDeclineReason(), worksIt, worksIt ? referral.getWorkNote() : null,
                worksIt ? referral.getLostReason() : null, customer == null ? null : customer.getId(),
                customer == null ? null : customer.getCompanyName(),
                worksIt && referral.getInvitation() != null ? referral.getInvitation().getId() : null,
                referral.getCreatedBy(), referral.getCreatedAt(),
                referral.getReferredAt(), referral.getChangedAt());
    }

    /** Sent by its owner to another partner. */
    public boolean referred() {
        return ownerId != assigneeId;
    }

    public String contactName() {
        return contactFirstName + " " + contactLastName;
    }

    /** The won lead still waits for its customer to be added (only its assignee sees this). */
    public boolean awaitsCustomer() {
        return worksIt && status == ReferralStatus.WON && customerId == null;
    }
}
