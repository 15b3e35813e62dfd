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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/** An order a partner submitted for a customer. Each line becomes one subscription. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    protected CustomerOrder() {
        // for JPA
    }

    public CustomerOrder(Partner partner, Customer customer, String submittedBy) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.submittedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** A line outside the offer's license limits is refused, naming the offer and its limits. */
    public Subscription subscribe(Offer offer, int licenses) {
        return subscribe(offer, licenses, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** A subscription that starts at this time. */
    Subscription subscribe(Offer offer, int licenses, LocalDateTime startsAt) {
        if (!offer.allows(licenses)) {
            throw new BusinessException("order.licenses.outOfRange", null, offer.getNames(),
                    offer.getMinLicenses(), offer.getMaxLicenses());
        }
        return new Subscription(this, offer, licenses, startsAt);
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public Customer getCustomer() {
        return customer;
    }
}
