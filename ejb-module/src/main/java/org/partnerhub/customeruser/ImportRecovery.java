package org.partnerhub.customeruser;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An import that was running when the server stopped wrote nothing (its one transaction never
 * committed): at start-up it is marked failed, so the page says so instead of waiting forever.
 */
@Singleton
@Startup
@DenyAll
@DependsOn("DatabaseMigration")
public class ImportRecovery {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void markInterrupted() {
        em.createQuery("""
                        update UserImport i set i.status = org.partnerhub.customeruser.ImportStatus.FAILED,
                          i.failure = 'import.interrupted', i.finishedAt = :now, i.processed = 0
                        where i.status = org.partnerhub.customeruser.ImportStatus.RUNNING""")
                .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
