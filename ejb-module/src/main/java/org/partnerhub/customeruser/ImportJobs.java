package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerhub.security.Roles;

/**
 * What an import keeps in this server's memory only: the checked lines between the preview and
 * Import, and the result file with the temporary passwords until it is downloaded, once. The
 * passwords are never written to the database or a disk; a restart loses an undownloaded
 * result (the users then get new passwords by Reset password).
 */
@Singleton
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
@Lock(LockType.READ)
public class ImportJobs {

    private static final Duration PREVIEW_KEPT = Duration.ofHours(2);

    /** A checked file waiting for Import. */
    public record Checked(long partnerId, long customerId, String checkedBy, String fileName, List<ImportRow> rows,
            Instant at) {
    }

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> results = new ConcurrentHashMap<>();

    public String keep(Checked file) {
        Instant now = Instant.now();
        checked.values().removeIf(old -> old.at().plus(PREVIEW_KEPT).isBefore(now));
        String token = UUID.randomUUID().toString();
        checked.put(token, file);
        return token;
    }

    /** The checked file, left in place: Import may still be refused and tried again. */
    public Optional<Checked> peek(String token) {
        return Optional.ofNullable(token == null ? null : checked.get(token));
    }

    /** The checked file, taken out: Import runs once for it. */
    public Optional<Checked> take(String token) {
        return Optional.ofNullable(token == null ? null : checked.remove(token));
    }

    public void keepResult(long importId, byte[] file) {
        results.put(importId, file);
    }

    public boolean hasResult(long importId) {
        return results.containsKey(importId);
    }

    /** The result file, removed as it is handed out. */
    public Optional<byte[]> takeResult(long importId) {
        return Optional.ofNullable(results.remove(importId));
    }
}
