package org.partnerhub.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Start-up work that fills what the database lacks takes turns across the servers of a cluster:
 * {@link #hold} locks one row until the caller's transaction ends, so the next server to start
 * finds what the first one wrote (V23).
 */
@ApplicationScoped
public class StartupLock {

    @PersistenceContext
    EntityManager em;

    /** Waits for any other server's start-up work, then holds the lock for the caller's transaction. */
    public void hold() {
        em.createNativeQuery("SELECT id FROM startup_lock WHERE id = 1 FOR UPDATE").getResultList();
    }
}
