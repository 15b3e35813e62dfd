package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.security.Roles;

/**
 * The import's own row, each change in a transaction of its own: the page sees the progress
 * while the users are still being written in the import's one big transaction. The server that
 * starts an import holds its lease ({@link ImportLeases}) until it ends.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportLeases leases;

    @Inject
    ImportJobs jobs;

    public long started(long customerId, long partnerId, String by, String fileName, int fileRows, int rowsToImport) {
        LocalDateTime now = now();
        UserImport job = new UserImport(em.getReference(Customer.class, customerId), em.getReference(Partner.class, partnerId),
                by, now, fileName, fileRows, rowsToImport, leases.runner(), leases.leaseFrom(now));
        em.persist(job);
        em.flush();
        leases.started(job.getId());
        return job.getId();
    }

    public void progress(long importId, int rows) {
        em.find(UserImport.class, importId).progress(rows);
    }

    /** Done, with its result file kept for one download, in one transaction. */
    public void done(long importId, byte[] resultFile) {
        leases.ended(importId);
        em.find(UserImport.class, importId).done(now());
        jobs.keepResult(importId, resultFile);
    }

    public void failed(long importId, String reason) {
        leases.ended(importId);
        em.find(UserImport.class, importId).failed(reason, now());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
