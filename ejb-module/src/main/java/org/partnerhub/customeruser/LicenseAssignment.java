package org.partnerhub.customeruser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import org.partnerhub.subscription.Subscription;

/** One of a subscription's licenses, held by one of the customer's users. */
@Entity
@Table(name = "license_assignment")
@IdClass(LicenseAssignment.Key.class)
public class LicenseAssignment {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_user_id", nullable = false, updatable = false)
    private CustomerUser user;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private LocalDateTime assignedAt;

    protected LicenseAssignment() {
        // for JPA
    }

    LicenseAssignment(CustomerUser user, Subscription subscription, String assignedBy, LocalDateTime at) {
        this.user = Objects.requireNonNull(user, "user");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
        this.assignedAt = at;
    }

    /** The composite key: the user's and the subscription's ids. */
    public static class Key implements Serializable {
        private Long user;
        private Long subscription;

        public Key() {
        }

        public Key(Long user, Long subscription) {
            this.user = user;
            this.subscription = subscription;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(user, key.user) && Objects.equals(subscription, key.subscription);
        }

        @Override
        public int hashCode() {
            return Objects.hash(user, subscription);
        }
    }
}
