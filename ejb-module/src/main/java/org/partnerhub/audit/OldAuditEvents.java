package org.partnerhub.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The audit events a retention period has ended, deleted a batch at a time, each batch in a
 * transaction of its own (a CDI bean: the timer that calls it has no caller, and nothing else may).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OldAuditEvents {

    @PersistenceContext
    EntityManager em;

    /**
     * Deletes at most {@code max} of the oldest events recorded before the time, of every
     * partner, found by the index on (time, id); returns how many it deleted.
     */
    public int delete(LocalDateTime before, int max) {
        List<Long> ids = em.createQuery("""
                        select e.id from AuditEvent e where e.occurredAt < :before
                        order by e.occurredAt, e.id""", Long.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from AuditEvent e where e.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
