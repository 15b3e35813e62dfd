package org.partnerhub.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;

/** A customer's licenses of one offer, bought through one partner by one order. */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /**
     * The same column, read-only, for queries that need only the id: EclipseLink reads
     * {@code s.customer.id} in a subquery by joining the customer table (the dashboard's
     * tenant rule, dashboard.BusinessCounts).
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    /** The partner of record: the one it was bought through, or the one it was transferred to. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    /** The indirect reseller credited with this subscription (incentives), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reseller_id")
    private Partner reseller;

    /**
     * The partner the customer calls for support on it: null for the partner of record, else the
     * credited reseller or another partnered reseller of the partner of record that serves the
     * customer (the caller checked which).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "support_partner_id")
    private Partner supportPartner;

    @Column(nullable = false)
    private int licenses;

    /** The status's code: kept as text, so that one this version does not know still loads. */
    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    /** The purchase or the last increase: decreases are allowed for a while after it. */
    @Column(name = "licenses_changed_at", nullable = false)
    private LocalDateTime licensesChangedAt;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private LocalDateTime statusChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upgraded_from_id", updatable = false)
    private Subscription upgradedFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upgraded_to_id")
    private Subscription upgradedTo;

    protected Subscription() {
        // for JPA
    }

    /** Made by {@link CustomerOrder#subscribe}, which checks the offer's limits. */
    Subscription(CustomerOrder order, Offer offer, int licenses, LocalDateTime startsAt) {
        this.order = order;
        this.customer = order.getCustomer();
        this.partner = order.getPartner();
        this.offer = offer;
        this.licenses = licenses;
        this.status = SubscriptionStatus.ACTIVE.name();
        this.createdAt = startsAt;
        this.licensesChangedAt = startsAt;
        this.termEnd = offer.getBillingCycle().termEndFrom(createdAt.toLocalDate());
    }

    /**
     * A new license count within the offer's limits. An increase is allowed at any time and
     * opens a new cancellation window; a decrease only within the window after the purchase or
     * the last increase, and never below the licenses assigned to the customer's users.
     *
     * @return the count before
     */
    public int changeLicenses(int count, int assigned, LocalDateTime now, Duration decreaseWindow) {
        requireStatus(SubscriptionStatus.ACTIVE);
        if (!offer.allows(count)) {
            throw new BusinessException("subscription.licenses.outOfRange", "licenses", offer.getMinLicenses(),
                    offer.getMaxLicenses());
        }
        if (count == licenses) {
            throw new BusinessException("subscription.licenses.unchanged", "licenses", count);
        }
        if (count < licenses) {
            LocalDateTime closes = licensesChangedAt.plus(decreaseWindow);
            if (!now.isBefore(closes)) {
                throw new BusinessException("subscription.licenses.windowClosed", "licenses", closes.toLocalDate());
            }
            if (count < assigned) {
                throw new BusinessException("subscription.licenses.belowAssigned", "licenses", assigned);
            }
        } else {
            licensesChangedAt = now;
        }
        int before = licenses;
        licenses = count;
        return before;
    }

    /** Until when a decrease is allowed. */
    public LocalDateTime decreaseAllowedUntil(Duration decreaseWindow) {
        return licensesChangedAt.plus(decreaseWindow);
    }

    public void suspend(String reason, String by, LocalDateTime now) {
        changeStatus(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED, reason, by, now);
    }

    public void reactivate(String reason, String by, LocalDateTime now) {
        changeStatus(SubscriptionStatus.SUSPENDED, SubscriptionStatus.ACTIVE, reason, by, now);
    }

    /** Cancels an active or suspended subscription; nothing brings it back. */
    public void cancel(String reason, String by, LocalDateTime now) {
        SubscriptionStatus current = knownStatus();
        changeStatus(current == SubscriptionStatus.SUSPENDED ? SubscriptionStatus.SUSPENDED : SubscriptionStatus.ACTIVE,
                SubscriptionStatus.CANCELLED, reason, by, now);
    }

    /**
     * The subscription that takes this one's place on another offer, along an upgrade path of
     * the catalog: same customer, partner, licenses, reseller credit and support contact. This
     * one ends, linked to it both ways. The caller persists it.
     */
    public Subscription upgradeTo(Offer target, CustomerOrder order, String by, LocalDateTime now) {
        requireStatus(SubscriptionStatus.ACTIVE);
        if (!offer.upgradesTo(target)) {
            throw new BusinessException("subscription.upgrade.noPath", "offer", offer.getNames(), target.getNames());
        }
        Subscription next = order.subscribe(target, licenses, now);
        next.reseller = reseller;
        next.supportPartner = supportPartner;
        next.upgradedFrom = this;
        changeStatus(SubscriptionStatus.ACTIVE, SubscriptionStatus.CANCELLED, "upgraded to " + target.getName(), by, now);
        upgradedTo = next;
        return next;
    }

    /**
     * Moves the subscription to another partner of record, which the current one approved. A
     * reseller credited by the old partner is no longer credited (its partnership was with the
     * old partner).
     */
    void transfer(Partner from, Partner to) {
        if (!isBoughtThrough(from.getId())) {
            throw BusinessException.of("transfer.subscriptionMoved");
        }
        SubscriptionStatus current = knownStatus();
        if (current != SubscriptionStatus.ACTIVE && current != SubscriptionStatus.SUSPENDED) {
            throw BusinessException.of("transfer.subscriptionEnded");
        }
        partner = to;
        removeCredit();
        supportPartner = null;
    }

    /** Whether it can still be moved to another partner. */
    public boolean isTransferable() {
        SubscriptionStatus current = knownStatus();
        return current == SubscriptionStatus.ACTIVE || current == SubscriptionStatus.SUSPENDED;
    }

    private void changeStatus(SubscriptionStatus from, SubscriptionStatus to, String reason, String by,
            LocalDateTime now) {
        requireStatus(from);
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw new BusinessException("subscription.reason.required", "reason");
        }
        status = to.name();
        statusReason = trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed;
        statusChangedBy = by;
        statusChangedAt = now;
    }

    private void requireStatus(SubscriptionStatus expected) {
        if (!expected.name().equals(status)) {
            throw BusinessException.of("subscription.status.wrong");
        }
    }

    /** The status, or null for one this version does not know. */
    public SubscriptionStatus knownStatus() {
        return SubscriptionStatus.of(status);
    }

    public long getVersion() {
        return version;
    }

    public Partner getPartner() {
        return partner;
    }

    public Subscription getUpgradedFrom() {
        return upgradedFrom;
    }

    public Subscription getUpgradedTo() {
        return upgradedTo;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getStatusCode() {
        return status;
    }

    /** Credits an indirect reseller with this subscription (incentives); the caller checked the partnership. */
    public void creditTo(Partner indirectReseller) {
        if (indirectReseller.getType() != PartnerType.INDIRECT_RESELLER) {
            throw BusinessException.of("partnership.notAReseller");
        }
        this.reseller = indirectReseller;
    }

    /** No reseller is credited any more; a reseller that supported it for the credit no longer does. */
    public void removeCredit() {
        if (supportPartner != null && reseller != null && supportPartner.getId().equals(reseller.getId())) {
            supportPartner = null;
        }
        this.reseller = null;
    }

    /**
     * Names who supports the customer on it: the partner of record (null or itself), or a
     * reseller the caller checked is eligible.
     */
    public void designateSupportContact(Partner contact) {
        this.supportPartner = contact == null || contact.getId().equals(partner.getId()) ? null : contact;
    }

    public boolean isBoughtThrough(long partnerId) {
        return partner.getId() == partnerId;
    }

    public Partner getReseller() {
        return reseller;
    }

    /** Who supports the customer on it: the partner of record unless another was named. */
    public Partner getSupportContact() {
        return supportPartner == null ? partner : supportPartner;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Offer getOffer() {
        return offer;
    }

    public Long getId() {
        return id;
    }

    public int getLicenses() {
        return licenses;
    }

}
