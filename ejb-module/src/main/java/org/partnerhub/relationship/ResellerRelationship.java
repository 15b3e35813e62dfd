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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/**
 * A partner's right to act for a customer. Removed relationships stay as history; a new one
 * is a new row. Delegated admin privileges are the customer's grant to the partner and are not
 * changed by anything the partner does to the relationship.
 */
@Entity
@Table(name = "reseller_relationship")
public class ResellerRelationship {

    private static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "reseller_relationship_seq", sequenceName = "reseller_relationship_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reseller_relationship_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /**
     * The same column, read-only, for queries that need only the id: EclipseLink reads
     * {@code r.customer.id} in a select list by joining the customer table.
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationshipStatus status;

    @Column(nullable = false, updatable = false)
    private LocalDateTime since;

    @Column(name = "delegated_admin", nullable = false)
    private boolean delegatedAdmin;

    /** Whether the partner lets the customer buy self-service offers through it; off until it says so. */
    @Column(name = "self_service", nullable = false)
    private boolean selfService;

    @Column(name = "established_by", updatable = false)
    private String establishedBy;

    /**
     * The customer's name key, domain prefix and creation, copied here so the list sorts and
     * searches by the relationship's indexes without joining the customers.
     */
    @Column(name = "customer_name_key", nullable = false)
    private String customerNameKey;

    @Column(name = "customer_domain_key", nullable = false, updatable = false)
    private String customerDomainKey;

    @Column(name = "customer_created_at", nullable = false, updatable = false)
    private LocalDateTime customerCreatedAt;

    @Column(name = "removed_at")
    private LocalDateTime removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removal_reason")
    private String removalReason;

    protected ResellerRelationship() {
        // for JPA
    }

    /** @param establishedBy the partner user who added the customer, or the customer admin who accepted */
    public ResellerRelationship(Partner partner, Customer customer, boolean delegatedAdmin, String establishedBy) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.delegatedAdmin = delegatedAdmin;
        this.status = RelationshipStatus.ACTIVE;
        this.since = LocalDateTime.now(ZoneOffset.UTC);
        this.establishedBy = establishedBy;
        this.customerNameKey = customer.getCompanyNameKey();
        this.customerDomainKey = customer.getDomainPrefix();
        this.customerCreatedAt = customer.getCreatedAt();
    }

    /** Ends the relationship; delegated admin privileges deliberately stay as they were. */
    public void remove(String byEmail, String reason) {
        if (status != RelationshipStatus.ACTIVE) {
            throw BusinessException.of("relationship.alreadyRemoved");
        }
        this.status = RelationshipStatus.REMOVED;
        this.removedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.removedBy = Objects.requireNonNull(byEmail, "byEmail");
        String trimmed = reason.trim();
        this.removalReason = trimmed.length() > REASON_LENGTH ? trimmed.substring(0, REASON_LENGTH) : trimmed;
    }

    /** Lets the customer buy through this partner, or stops it; only while the relationship is active. */
    public void allowSelfService(boolean allowed) {
        if (status != RelationshipStatus.ACTIVE) {
            throw BusinessException.of("relationship.alreadyRemoved");
        }
        this.selfService = allowed;
    }

    public boolean allowsSelfService() {
        return selfService && status == RelationshipStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == RelationshipStatus.ACTIVE;
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

    public RelationshipStatus getStatus() {
        return status;
    }

    public LocalDateTime getSince() {
        return since;
    }

    /**
     * The partner gives up the yes/no delegated admin privilege (the legacy grant): from now on
     * only its granular admin relationships decide what it may do for the customer's users.
     */
    public void removeDelegatedAdmin() {
        if (!delegatedAdmin) {
            throw BusinessException.of("adminRelationship.legacy.none");
        }
        delegatedAdmin = false;
    }

    public boolean hasDelegatedAdmin() {
        return delegatedAdmin;
    }

    public String getEstablishedBy() {
        return establishedBy;
    }

    public LocalDateTime getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
