package org.partnerhub.adminrelationship;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import org.partnerhub.relationship.ActiveRelationships;

/**
 * The active admin relationships that end within {@link AdminRelationship#EXPIRING_WITHIN}, for
 * customers their partner still serves, soonest first: what Home warns about and what partners
 * are told of once ({@link ExpiryNotices}). Auto-extending ones are left out by the callers, in
 * Java: EclipseLink writes a boolean as 0 in this query, which H2 2.x refuses.
 */
final class EndingSoon {

    private EndingSoon() {
    }

    /** The query, narrowed by {@code andAlso} (a JPQL condition on {@code a}, with its own parameters). */
    static TypedQuery<AdminRelationship> query(EntityManager em, String andAlso, LocalDateTime now) {
        return em.createQuery("""
                        select a from AdminRelationship a join fetch a.partner join fetch a.customer
                        where a.status = 'ACTIVE' and a.endsAt > :now and a.endsAt <= :soon and %s
                          and exists (select r.id from ResellerRelationship r
                                      where r.partner = a.partner and r.customer = a.customer and %s)
                        order by a.endsAt, a.id""".formatted(andAlso, ActiveRelationships.condition("r")),
                        AdminRelationship.class)
                .setParameter("now", now)
                .setParameter("soon", now.plus(AdminRelationship.EXPIRING_WITHIN));
    }
}
