package org.partnerhub.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * Keeps the audit log only as long as {@code PARTNERHUB_AUDIT_RETENTION_DAYS} says, when it is
 * set: unset, every event is kept for good, which is what a channel company's compliance people
 * ask for (Partner Center itself keeps 90 days). Once an hour it deletes the events older than
 * that, {@value #BATCH} to a transaction, so that a first run over years of events neither holds
 * one long transaction nor locks the log its users are writing to. Not persistent: each server of
 * a cluster runs its own; two that run at once delete the same oldest rows, the second finding
 * them gone, and a missed run is done by the next.
 */
@Singleton
@Startup
@DenyAll
public class AuditPruning {

    private static final Logger LOG = Logger.getLogger(AuditPruning.class.getName());
    static final int BATCH = 1000;

    @Inject
    OldAuditEvents oldEvents;

    private Optional<Duration> retention;

    /** Read as the application starts: a wrong value stops the deployment with one line. */
    @PostConstruct
    void readSetting() {
        retention = retention(Settings.AUDIT_RETENTION_DAYS.value());
    }

    static Optional<Duration> retention(Optional<String> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        if (!days.get().matches("[1-9][0-9]{0,4}")) {
            throw new InvalidSettingException("must be a number of days from 1 to 99999, or unset to keep every event, not "
                    + days.get(), Settings.AUDIT_RETENTION_DAYS).reported();
        }
        return Optional.of(Duration.ofDays(Integer.parseInt(days.get())));
    }

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(minute = "53", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void prune() {
        retention.ifPresent(kept -> {
            LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minus(kept);
            long deleted = 0;
            int batch;
            do {
                batch = oldEvents.delete(before, BATCH);
                deleted += batch;
            } while (batch == BATCH);
            if (deleted > 0) {
                long total = deleted;
                LOG.info(() -> "Deleted " + total + " audit events recorded before " + before
                        + " (PARTNERHUB_AUDIT_RETENTION_DAYS)");
            }
        });
    }
}
