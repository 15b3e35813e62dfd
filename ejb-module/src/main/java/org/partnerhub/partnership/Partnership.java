package org.partnerhub.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;

/**
 * One indirect provider and one indirect reseller working together. It starts PENDING, asked
 * for by one side; only the other side accepts or declines it, only the asking side revokes it,
 * either side ends it once ACTIVE. A provider's request carries a link (only its hash is kept)
 * that expires. Every change of state checks the state it starts from, so a request is
 * answered once.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    private static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "partnership_seq", sequenceName = "partnership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Partner provider;

    /** Null while a request by email waits: the reseller whose admin accepts (or declines) it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reseller_id")
    private Partner reseller;

    /** The address a provider's request went to when the provider gave one, else null. */
    @Column(name = "invited_email", updatable = false)
    private String invitedEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnershipStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by_side", nullable = false, updatable = false)
    private RequestingSide requestedBySide;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    /** When it was asked: never changes, lists are read a page at a time by it. */
    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    /** Who sent it last, and when: the asker, or whoever sent its link again. */
    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "link_hash")
    private String linkHash;

    @Column(name = "link_expires_at")
    private LocalDateTime linkExpiresAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "open_pair")
    private String openPair;

    protected Partnership() {
        // for JPA
    }

    private Partnership(Partner provider, Partner reseller, RequestingSide side, String byEmail, LocalDateTime now) {
        if (provider.getType() != PartnerType.INDIRECT_PROVIDER) {
            throw BusinessException.of("partnership.notAProvider");
        }
        if (reseller != null && reseller.getType() != PartnerType.INDIRECT_RESELLER) {
            throw new BusinessException("partnership.notAReseller", "mpnId", reseller.getName());
        }
        this.provider = provider;
        this.reseller = reseller;
        this.requestedBySide = side;
        this.requestedBy = Objects.requireNonNull(byEmail, "byEmail");
        this.requestedAt = now;
        this.sentBy = byEmail;
        this.sentAt = now;
        this.status = PartnershipStatus.PENDING;
        this.openPair = reseller == null ? null : provider.getId() + ":" + reseller.getId();
    }

    /** A provider's request: the reseller answers through the link, which this returns. */
    public static Partnership requestedByProvider(Partner provider, Partner reseller, String byEmail,
            LocalDateTime now, LinkToken link, Duration linkValidFor) {
        Partnership partnership = new Partnership(provider, reseller, RequestingSide.PROVIDER, byEmail, now);
        partnership.replaceLink(link, byEmail, now, linkValidFor);
        return partnership;
    }

    /**
     * A provider's request by email to a reseller it knows by address only: no reseller yet; the
     * admin of whichever indirect reseller opens the link answers it, and the request becomes
     * that reseller's.
     */
    public static Partnership requestedByProviderByEmail(Partner provider, String email, String byEmail,
            LocalDateTime now, LinkToken link, Duration linkValidFor) {
        Partnership partnership = new Partnership(provider, null, RequestingSide.PROVIDER, byEmail, now);
        partnership.sentTo(email);
        partnership.openPair = provider.getId() + ":@" + partnership.invitedEmail;
        partnership.replaceLink(link, byEmail, now, linkValidFor);
        return partnership;
    }

    /** Keeps the address a provider's request went to (it lists the request by it until answered). */
    public void sentTo(String email) {
        this.invitedEmail = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** A reseller's request from the provider directory: the provider answers on its own page. */
    public static Partnership requestedByReseller(Partner reseller, Partner provider, String byEmail,
            LocalDateTime now) {
        return new Partnership(provider, reseller, RequestingSide.RESELLER, byEmail, now);
    }

    /**
     * Refuses unless this partner may answer the request now: it is the side that did not ask
     * and the request is still pending (and, for a link, not expired).
     */
    public void checkAnswerableBy(Partner answering, LocalDateTime now) {
        PartnerType expectedType = requestedBySide == RequestingSide.PROVIDER
                ? PartnerType.INDIRECT_RESELLER : PartnerType.INDIRECT_PROVIDER;
        if (answering.getType() != expectedType) {
            throw BusinessException.of(requestedBySide == RequestingSide.PROVIDER
                    ? "partnership.answer.onlyResellers" : "partnership.answer.onlyProviders");
        }
        Partner expected = answering();
        if (expected != null && !answering.getId().equals(expected.getId())) {
            throw BusinessException.of("partnership.answer.otherPartner");
        }
        checkPending();
        if (linkExpiresAt != null && !now.isBefore(linkExpiresAt)) {
            throw BusinessException.of("partnership.expired");
        }
    }

    public void accept(Partner answering, String byEmail, LocalDateTime now) {
        checkAnswerableBy(answering, now);
        answeredBy(answering);
        status = PartnershipStatus.ACTIVE;
        acceptedBy = Objects.requireNonNull(byEmail, "byEmail");
        acceptedAt = now;
    }

    /** Declines the request, with a reason for the side that asked if the declining side gives one. */
    public void decline(Partner answering, String byEmail, LocalDateTime now, String reason) {
        checkAnswerableBy(answering, now);
        answeredBy(answering);
        close(PartnershipStatus.DECLINED, byEmail, now, reason);
    }

    /** Withdraws a pending request; only the side that asked may. */
    public void revoke(Partner asking, String byEmail, LocalDateTime now) {
        checkRequestedBy(asking);
        checkPending();
        close(PartnershipStatus.REVOKED, byEmail, now, null);
    }

    /**
     * A new link for a provider's pending request; the old link stops working. It was sent again
     * by that user, now: what the pending list shows.
     */
    public void replaceLink(LinkToken link, String byEmail, LocalDateTime now, Duration validFor) {
        if (requestedBySide != RequestingSide.PROVIDER) {
            throw BusinessException.of("partnership.noLink");
        }
        checkPending();
        sentBy = Objects.requireNonNull(byEmail, "byEmail");
        sentAt = now;
        linkHash = link.hash();
        linkExpiresAt = now.plus(validFor);
    }

    /**
     * Ends an active partnership; either side may. Customers, their relationships and delegated
     * admin privileges are not touched: they belong to the customer, not to the partnership.
     */
    public void end(Partner either, String byEmail, LocalDateTime now, String reason) {
        if (!isSide(either)) {
            throw BusinessException.of("partnership.notFound");
        }
        if (status != PartnershipStatus.ACTIVE) {
            throw BusinessException.of("partnership.notActive");
        }
        close(PartnershipStatus.ENDED, byEmail, now, reason);
    }

    /** A request by email becomes the answering reseller's: the pair is now known, and kept open once. */
    private void answeredBy(Partner answering) {
        if (reseller == null) {
            reseller = answering;
            openPair = provider.getId() + ":" + answering.getId();
        }
    }

    public boolean isSide(Partner partner) {
        return partner.getId().equals(provider.getId()) || reseller != null && partner.getId().equals(reseller.getId());
    }

    /** The other partner, seen from one side. */
    public Partner otherSide(Partner partner) {
        return partner.getId().equals(provider.getId()) ? reseller : provider;
    }

    public boolean isRequestedBy(Partner partner) {
        return asking().getId().equals(partner.getId());
    }

    /** The side that asked. */
    public Partner asking() {
        return requestedBySide == RequestingSide.PROVIDER ? provider : reseller;
    }

    /** The side that answers; null for a request by email that no reseller took yet. */
    public Partner answering() {
        return requestedBySide == RequestingSide.PROVIDER ? reseller : provider;
    }

    private void checkRequestedBy(Partner asking) {
        if (!isRequestedBy(asking)) {
            throw BusinessException.of("partnership.notFound");
        }
    }

    private void checkPending() {
        switch (status) {
            case PENDING -> { }
            case REVOKED -> throw BusinessException.of("partnership.revoked");
            default -> throw BusinessException.of("partnership.alreadyAnswered");
        }
    }

    private void close(PartnershipStatus closed, String byEmail, LocalDateTime now, String reason) {
        status = closed;
        endedBy = Objects.requireNonNull(byEmail, "byEmail");
        endedAt = now;
        String trimmed = reason == null ? null : reason.trim();
        endReason = trimmed == null || trimmed.isEmpty() ? null
                : trimmed.substring(0, Math.min(trimmed.length(), REASON_LENGTH));
        openPair = null;
    }

    public Long getId() {
        return id;
    }

    public Partner getProvider() {
        return provider;
    }

    /** The reseller, or null while a request by email waits for one. */
    public Partner getReseller() {
        return reseller;
    }

    public String getInvitedEmail() {
        return invitedEmail;
    }


    public PartnershipStatus getStatus() {
        return status;
    }

    public RequestingSide getRequestedBySide() {
        return requestedBySide;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getSentBy() {
        return sentBy;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getLinkExpiresAt() {
        return linkExpiresAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
