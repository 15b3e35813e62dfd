package org.partnerhub.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.shared.BusinessException;

/**
 * The tenant rule: a partner acts for a customer only through an active relationship. Every
 * service that acts for a customer asks here, and every query that reads through relationships
 * states the condition with {@link #condition}, so the rule is written once.
 */
@ApplicationScoped
public class ActiveRelationships {

    private static final String IS_ACTIVE = ".status = org.partnerhub.relationship.RelationshipStatus.ACTIVE";

    @PersistenceContext
    EntityManager em;

    /** JPQL saying that the relationship with this alias is active. */
    public static String condition(String alias) {
        return alias + IS_ACTIVE;
    }

    /**
     * The partner's active relationship with the customer, with the customer loaded. Another
     * partner's customer, or one whose relationship was removed, is reported as not found: its
     * existence is none of the caller's business.
     */
    public ResellerRelationship of(long partnerId, long customerId) {
        return em.createQuery("select r from ResellerRelationship r join fetch r.customer"
                        + " where r.partner.id = :partner and r.customer.id = :customer and " + condition("r"),
                        ResellerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.of("customer.notFound"));
    }

    /**
     * Whether the partner acts for the customer, without loading the relationship. No row limit:
     * a partner has at most one active relationship with a customer, and EclipseLink writes a
     * limited query's SQL anew each time it runs: a third of this check's time under the load
     * test, where every account and subscription page asks it.
     */
    public boolean exists(long partnerId, long customerId) {
        return !em.createQuery("select r.id from ResellerRelationship r"
                        + " where r.partner.id = :partner and r.customer.id = :customer and " + condition("r"), Long.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .getResultList().isEmpty();
    }

    /** The same, refused as "not found" like {@link #of}. */
    public void require(long partnerId, long customerId) {
        if (!exists(partnerId, customerId)) {
            throw BusinessException.of("customer.notFound");
        }
    }
}
