package org.partnerhub.customeruser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which server runs which import. A background import belongs to the server that runs it: that
 * server holds a lease on it and renews it while it runs ({@link ImportRecovery}, every 20
 * seconds). An import whose lease ran out has lost its server (stopped, killed, cut off) and
 * will never finish; any server marks it failed, so that its page says so instead of waiting
 * forever. A live server's imports are never touched by another. Works in its caller's
 * transaction.
 */
@ApplicationScoped
class ImportLeases {

    private static final Duration LEASE = Duration.ofSeconds(60);

    /** This server, for as long as it runs: a restarted server is another runner. */
    private final String runner = UUID.randomUUID().toString();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    EntityManager em;

    String runner() {
        return runner;
    }

    LocalDateTime leaseFrom(LocalDateTime now) {
        return now.plus(LEASE);
    }

    void started(long importId) {
        running.add(importId);
    }

    void ended(long importId) {
        running.remove(importId);
    }

    /** Renews the leases of the imports this server runs. */
    int renew() {
        if (running.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                        update UserImport i set i.leaseUntil = :until
                        where i.id in :ids and i.runner = :runner and i.status = org.partnerhub.customeruser.ImportStatus.RUNNING""")
                .setParameter("until", leaseFrom(now()))
                .setParameter("ids", List.copyOf(running))
                .setParameter("runner", runner)
                .executeUpdate();
    }

    /** Marks failed the running imports whose server is gone (their lease ran out); how many. */
    int failAbandoned() {
        LocalDateTime now = now();
        return em.createQuery("""
                        update UserImport i set i.status = org.partnerhub.customeruser.ImportStatus.FAILED,
                          i.failure = 'import.interrupted', i.finishedAt = :now, i.processed = 0
                        where i.status = org.partnerhub.customeruser.ImportStatus.RUNNING
                          and (i.leaseUntil is null or i.leaseUntil < :now)""")
                .setParameter("now", now)
                .executeUpdate();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
