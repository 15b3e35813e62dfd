package org.partnerhub.relationship;

import jakarta.persistence.EntityManager;
import org.partnerhub.shared.BusinessException;

/** Finding the relationship through which a partner acts for a customer. */
public final class ResellerRelationships {

    private ResellerRelationships() {
    }

    /**
     * The partner's active relationship with the customer, with the customer loaded. Another
     * partner's customer, or one whose relationship was removed, is reported as not found: its
     * existence is none of the caller's business.
     */
    public static ResellerRelationship active(EntityManager em, long partnerId, long customerId) {
        return em.createQuery("""
                        select r from ResellerRelationship r join fetch r.customer
                        where r.partner.id = :partner and r.customer.id = :customer
                          and r.status = org.partnerhub.relationship.RelationshipStatus.ACTIVE""",
                        ResellerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.of("customer.notFound"));
    }

    /** Whether the partner acts for the customer: an active relationship, without loading it. */
    public static boolean exists(EntityManager em, long partnerId, long customerId) {
        return !em.createQuery("""
                        select r.id from ResellerRelationship r
                        where r.partner.id = :partner and r.customer.id = :customer
                          and r.status = org.partnerhub.relationship.RelationshipStatus.ACTIVE""", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
