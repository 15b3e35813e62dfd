package org.partnerhub.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/**
 * A partner's request to become partner of record of some of a customer's subscriptions,
 * which their current partner of record approves (all of them move, in one transaction) or
 * rejects. Unanswered, it expires.
 */
@Entity
@Table(name = "subscription_transfer")
public class SubscriptionTransfer {

    @Id
    @SequenceGenerator(name = "subscription_transfer_seq", sequenceName = "subscription_transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_transfer_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_partner_id", nullable = false, updatable = false)
    private Partner fromPartner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_partner_id", nullable = false, updatable = false)
    private Partner toPartner;

    /**
     * For an indirect reseller's request: its partnered provider, which becomes the partner of
     * record on approval while the reseller is credited. Null: the requester itself.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "via_provider_id", updatable = false)
    private Partner viaProvider;

    @ManyToMany
    @JoinTable(name = "subscription_transfer_item", joinColumns = @JoinColumn(name = "transfer_id"),
            inverseJoinColumns = @JoinColumn(name = "subscription_id"))
    private List<Subscription> subscriptions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected SubscriptionTransfer() {
        // for JPA
    }

    /**
     * Asks for these subscriptions, all of the customer and all through the same other partner;
     * an indirect reseller asks through its partnered provider (null for anyone else).
     */
    public SubscriptionTransfer(Partner requester, Partner viaProvider, List<Subscription> wanted, String byEmail,
            LocalDateTime now, Duration validFor) {
        if (wanted.isEmpty()) {
            throw new BusinessException("transfer.nothingChosen", "subscriptions");
        }
        Subscription first = wanted.get(0);
        for (Subscription subscription : wanted) {
            if (!subscription.getCustomer().getId().equals(first.getCustomer().getId())
                    || !subscription.getPartner().getId().equals(first.getPartner().getId())) {
                throw new BusinessException("transfer.severalPartners", "subscriptions");
            }
            if (!subscription.isTransferable()) {
                throw new BusinessException("transfer.subscriptionEnded", "subscriptions");
            }
        }
        if (first.isBoughtThrough(requester.getId())) {
            throw new BusinessException("transfer.alreadyYours", "subscriptions");
        }
        if (viaProvider != null && first.isBoughtThrough(viaProvider.getId())) {
            // Nothing would move: the provider credits its own subscriptions (Attribution).
            throw new BusinessException("transfer.providerHoldsThem", "provider", viaProvider.getName());
        }
        this.customer = first.getCustomer();
        this.fromPartner = first.getPartner();
        this.toPartner = Objects.requireNonNull(requester, "requester");
        this.viaProvider = viaProvider;
        this.subscriptions.addAll(wanted);
        this.status = TransferStatus.PENDING;
        this.requestedBy = Objects.requireNonNull(byEmail, "byEmail");
        this.requestedAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /** Who holds the subscriptions once approved: the requester, or the provider it asked through. */
    public Partner getPartnerOfRecordAfter() {
        return viaProvider != null ? viaProvider : toPartner;
    }

    public Partner getViaProvider() {
        return viaProvider;
    }

    public TransferStatus statusAt(LocalDateTime now) {
        return status == TransferStatus.PENDING && !now.isBefore(expiresAt) ? TransferStatus.EXPIRED : status;
    }

    /**
     * Moves every subscription to the requester (or to its provider, crediting the requester),
     * or none: the caller's transaction rolls back on a refusal.
     */
    public void approve(String byEmail, LocalDateTime now) {
        checkOpen(now);
        for (Subscription subscription : subscriptions) {
            subscription.transfer(fromPartner, getPartnerOfRecordAfter());
            if (viaProvider != null) {
                subscription.creditTo(toPartner);
            }
        }
        decide(TransferStatus.APPROVED, byEmail, null, now);
    }

    public void reject(String byEmail, String reason, LocalDateTime now) {
        checkOpen(now);
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw new BusinessException("subscription.reason.required", "reason");
        }
        decide(TransferStatus.REJECTED, byEmail, trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed, now);
    }

    private void checkOpen(LocalDateTime now) {
        switch (statusAt(now)) {
            case PENDING -> { }
            case EXPIRED -> throw BusinessException.of("transfer.expired");
            default -> throw BusinessException.of("transfer.decided");
        }
    }

    private void decide(TransferStatus decision, String byEmail, String reason, LocalDateTime now) {
        status = decision;
        decidedBy = Objects.requireNonNull(byEmail, "byEmail");
        decidedAt = now;
        decisionReason = reason;
    }

    public boolean isDecidedBy(long partnerId) {
        return fromPartner.getId() == partnerId;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Partner getFromPartner() {
        return fromPartner;
    }

    public Partner getToPartner() {
        return toPartner;
    }

    public List<Subscription> getSubscriptions() {
        return subscriptions;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
