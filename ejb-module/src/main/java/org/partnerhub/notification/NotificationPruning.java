package org.partnerhub.notification;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Removes notifications older than {@value #KEPT_DAYS} days, read or not, once an hour. Not
 * persistent: each server of a cluster runs its own, and the deletion is the same whoever runs it.
 */
@Singleton
@DenyAll
public class NotificationPruning {

    static final int KEPT_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(minute = "37", hour = "*", persistent = false)
    void prune() {
        em.createQuery("delete from Notification n where n.createdAt < :before")
                .setParameter("before", LocalDateTime.now(ZoneOffset.UTC).minusDays(KEPT_DAYS))
                .executeUpdate();
    }
}
