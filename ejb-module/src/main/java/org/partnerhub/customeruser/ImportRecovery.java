package org.partnerhub.customeruser;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Keeps the imports' background state true on every server of a cluster: renews the leases of
 * the imports this server runs, marks failed the imports whose server is gone (an import that
 * was running when its server stopped wrote nothing: its one transaction never committed), and
 * removes checked files and result files whose time is over. At start-up too, for the imports of
 * a server that is not coming back. The timers are not persistent: each server runs its own.
 */
@Singleton
@Startup
@DenyAll
@DependsOn("DatabaseMigration")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportLeases leases;

    @Inject
    ImportJobs jobs;

    @PostConstruct
    void markAbandoned() {
        int failed = leases.failAbandoned();
        if (failed > 0) {
            LOG.info(() -> failed + " import(s) whose server is gone marked failed");
        }
    }

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void renewAndRecover() {
        leases.renew();
        markAbandoned();
    }

    @PermitAll
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void prune() {
        int removed = jobs.prune();
        if (removed > 0) {
            LOG.fine(() -> "Removed " + removed + " checked or result file(s) whose time is over");
        }
    }
}
