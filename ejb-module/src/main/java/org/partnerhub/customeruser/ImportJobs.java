package org.partnerhub.customeruser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partnerhub.security.SealingKey;

/**
 * What an import keeps between the requests of the user who runs it, in the database so that
 * each request may land on any server of a cluster: the checked lines between the preview and
 * Import, and the result file with the temporary passwords until it is downloaded, once. The
 * passwords are sealed with a key that is not in the database ({@link SealingKey}); a file whose
 * hour is over, or sealed with a key the servers no longer have, is gone (the users then get new
 * passwords by Reset password). Works in its caller's transaction; its callers are the import's
 * services, which say who may use them.
 */
@ApplicationScoped
class ImportJobs {

    private static final Duration PREVIEW_KEPT = Duration.ofHours(2);
    private static final Duration RESULT_KEPT = Duration.ofHours(1);

    /** A checked file waiting for Import. */
    record Checked(long partnerId, long customerId, String checkedBy, String fileName, List<ImportRow> rows) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SealingKey sealingKey;

    String keep(Checked file) {
        String token = UUID.randomUUID().toString();
        em.persist(new CheckedImportFile(token, file, now()));
        return token;
    }

    /** The checked file, left in place: Import may still be refused and tried again. */
    Optional<Checked> peek(String token) {
        return Optional.ofNullable(token == null ? null : em.find(CheckedImportFile.class, token))
                .map(CheckedImportFile::toChecked);
    }

    /**
     * Takes the checked file out, so that Import runs once for it: true for the one request that
     * removed it, false for any other (a second click, on this server or another).
     */
    boolean take(String token) {
        return token != null && em.createQuery("delete from CheckedImportFile f where f.token = :token")
                .setParameter("token", token)
                .executeUpdate() == 1;
    }

    /** Keeps the result file, sealed to its import, in the caller's transaction. */
    void keepResult(long importId, byte[] file) {
        em.persist(new ImportResult(importId, sealingKey.seal(file, belongsTo(importId)), now()));
    }

    /** Which of these imports still have a result file to download. */
    Set<Long> withResult(Collection<Long> importIds) {
        if (importIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.importId from ImportResult r where r.importId in :ids", Long.class)
                .setParameter("ids", importIds)
                .getResultList());
    }

    /** The result file, removed as it is handed out: to one request only, whichever server it reaches. */
    Optional<byte[]> takeResult(long importId) {
        ImportResult kept = em.find(ImportResult.class, importId);
        if (kept == null || em.createQuery("delete from ImportResult r where r.importId = :id")
                .setParameter("id", importId)
                .executeUpdate() != 1) {
            return Optional.empty();
        }
        return sealingKey.open(kept.sealed(), belongsTo(importId));
    }

    /** Removes checked files and result files whose time is over; how many. */
    int prune() {
        LocalDateTime now = now();
        return em.createQuery("delete from CheckedImportFile f where f.checkedAt < :before")
                .setParameter("before", now.minus(PREVIEW_KEPT))
                .executeUpdate()
                + em.createQuery("delete from ImportResult r where r.madeAt < :before")
                .setParameter("before", now.minus(RESULT_KEPT))
                .executeUpdate();
    }

    private static String belongsTo(long importId) {
        return "import result " + importId;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
