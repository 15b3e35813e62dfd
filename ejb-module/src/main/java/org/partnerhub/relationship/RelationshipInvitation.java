package org.partnerhub.relationship;

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
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;

/**
 * A partner's invitation to a customer to accept it as reseller, alone or together with the
 * partner's indirect provider. Its link (only the hash is kept) is answered once: accepted by a
 * customer admin, or declined. The partner may send it again (a new link) or revoke it while
 * it is open.
 */
@Entity
@Table(name = "relationship_invitation")
public class RelationshipInvitation {

    @Id
    @SequenceGenerator(name = "relationship_invitation_seq", sequenceName = "relationship_invitation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_invitation_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", updatable = false)
    private Partner provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "link_hash", nullable = false)
    private String linkHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    /** The address the partner wrote the invitation to; null when it did not say. */
    @Column(updatable = false)
    private String recipient;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The one customer that may accept, for an invitation to re-establish a removed relationship. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "for_customer_id", updatable = false)
    private Customer forCustomer;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected RelationshipInvitation() {
        // for JPA
    }

    /**
     * A new invitation; with a provider, a joint one, which only an indirect reseller sends (the
     * caller checked that the two are active partners).
     */
    public RelationshipInvitation(Partner partner, Partner jointProvider, Language language, String recipient,
            String byEmail, LocalDateTime now, LinkToken link, Duration validFor) {
        if (jointProvider != null && (partner.getType() != PartnerType.INDIRECT_RESELLER
                || jointProvider.getType() != PartnerType.INDIRECT_PROVIDER)) {
            throw BusinessException.of("invitation.joint.onlyResellers");
        }
        this.partner = Objects.requireNonNull(partner, "partner");
        this.provider = jointProvider;
        this.language = Objects.requireNonNull(language, "language");
        this.recipient = recipient == null || recipient.isBlank() ? null : recipient.trim();
        this.createdBy = Objects.requireNonNull(byEmail, "byEmail");
        this.createdAt = now;
        this.status = InvitationStatus.PENDING;
        replaceLink(link, now, validFor);
    }

    /**
     * Makes this an invitation to re-establish the relationship with a former customer: only
     * that customer's admins can accept it, and it waits for them in their area.
     */
    public void onlyFor(Customer former) {
        if (id != null) {
            throw new IllegalStateException("an invitation's customer is chosen before it is saved");
        }
        this.forCustomer = Objects.requireNonNull(former, "former");
    }

    /** Where it stands now: a pending invitation past its date is expired. */
    public InvitationStatus statusAt(LocalDateTime now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    /** Refuses unless the link can still be answered. */
    public void checkOpen(LocalDateTime now) {
        switch (statusAt(now)) {
            case PENDING -> { }
            case EXPIRED -> throw BusinessException.of("invitation.expired");
            case REVOKED -> throw BusinessException.of("invitation.revoked");
            default -> throw BusinessException.of("invitation.answered");
        }
    }

    /** Records the acceptance; the caller made the relationships in the same transaction. */
    public void accepted(Customer by, String userName, LocalDateTime now) {
        checkOpen(now);
        if (forCustomer != null && !forCustomer.getId().equals(by.getId())) {
            throw BusinessException.of("invitation.otherCustomer");
        }
        status = InvitationStatus.ACCEPTED;
        customer = Objects.requireNonNull(by, "by");
        answeredBy = userName;
        answeredAt = now;
    }

    /** @param byUserName the customer admin who declined in its area; null for whoever held the link */
    public void decline(String byUserName, LocalDateTime now) {
        checkOpen(now);
        status = InvitationStatus.DECLINED;
        answeredBy = byUserName;
        answeredAt = now;
    }

    /** Send again: a new link and a new expiry; the old link stops working. Also revives an expired one. */
    public void replaceLink(LinkToken link, LocalDateTime now, Duration validFor) {
        if (status != InvitationStatus.PENDING) {
            throw BusinessException.of(status == InvitationStatus.REVOKED ? "invitation.revoked" : "invitation.answered");
        }
        linkHash = link.hash();
        expiresAt = now.plus(validFor);
    }

    public void revoke(String byEmail, LocalDateTime now) {
        if (status != InvitationStatus.PENDING) {
            throw BusinessException.of(status == InvitationStatus.REVOKED ? "invitation.revoked" : "invitation.answered");
        }
        status = InvitationStatus.REVOKED;
        revokedBy = Objects.requireNonNull(byEmail, "byEmail");
        revokedAt = now;
    }

    public boolean isSentBy(long partnerId) {
        return partner.getId() == partnerId;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public Partner getProvider() {
        return provider;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public Customer getForCustomer() {
        return forCustomer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
