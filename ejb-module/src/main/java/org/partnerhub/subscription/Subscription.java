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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerhub.customer.Customer;
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

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "support_contact", nullable = false)
    private SupportContact supportContact = SupportContact.SELLER;

    @Column(nullable = false)
    private int licenses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Subscription() {
        // for JPA
    }

    /** Made by {@link CustomerOrder#subscribe}, which checks the offer's limits. */
    Subscription(CustomerOrder order, Offer offer, int licenses) {
        this.order = order;
        this.customer = order.getCustomer();
        this.partner = order.getPartner();
        this.offer = offer;
        this.licenses = licenses;
        this.status = SubscriptionStatus.ACTIVE;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Credits an indirect reseller with this subscription (incentives); the caller checked the partnership. */
    public void creditTo(Partner indirectReseller) {
        if (indirectReseller.getType() != PartnerType.INDIRECT_RESELLER) {
            throw BusinessException.of("partnership.notAReseller");
        }
        this.reseller = indirectReseller;
    }

    /** No reseller is credited any more; the seller is the support contact again. */
    public void removeCredit() {
        this.reseller = null;
        this.supportContact = SupportContact.SELLER;
    }

    /** Only a credited reseller can be the support contact. */
    public void designateSupportContact(SupportContact contact) {
        if (contact == SupportContact.CREDITED_RESELLER && reseller == null) {
            throw new BusinessException("subscription.supportContact.noReseller", "supportContact");
        }
        this.supportContact = contact;
    }

    public boolean isBoughtThrough(long partnerId) {
        return partner.getId() == partnerId;
    }

    public Partner getReseller() {
        return reseller;
    }

    public SupportContact getSupportContact() {
        return supportContact;
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

    public SubscriptionStatus getStatus() {
        return status;
    }
}
