package org.partnerhub.adminrelationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.shared.BusinessException;

/**
 * What a partner may do for a customer's users: what the roles of its active admin
 * relationships with the customer allow, or everything while it keeps the legacy delegated
 * admin privilege of its reseller relationship. Every customer-user action asks here.
 */
@ApplicationScoped
public class AdminPrivileges {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveRelationships activeRelationships;

    /**
     * The partner's active relationship with the customer, if it may do the task; another
     * partner's customer is "not found", a missing role is refused with the roles that allow it.
     */
    public ResellerRelationship require(long partnerId, long customerId, AdminTask task) {
        ResellerRelationship relationship = activeRelationships.of(partnerId, customerId);
        if (relationship.hasDelegatedAdmin()) {
            return relationship;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<AdminRelationship> granting = held(partnerId, customerId, now);
        if (granting.isEmpty()) {
            throw BusinessException.of("customerUser.noDelegatedAdmin");
        }
        if (granting.stream().noneMatch(held -> held.allows(task, now))) {
            throw BusinessException.of(task.refusalKey());
        }
        return relationship;
    }

    /** The admin relationships of the partner with the customer that grant their roles now. */
    List<AdminRelationship> held(long partnerId, long customerId, LocalDateTime now) {
        return em.createQuery("""
                        select a from AdminRelationship a
                        where a.partner.id = :partner and a.customer.id = :customer and a.status = 'ACTIVE'""",
                        AdminRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .getResultStream()
                .filter(held -> held.statusAt(now).grants())
                .toList();
    }
}
