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
import org.partnerhub.audit.Summary;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
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

    @Inject
    Notifications notifications;

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
        UserImport done = em.find(UserImport.class, importId);
        done.done(now());
        jobs.keepResult(importId, resultFile);
        notifyStarter(done, NotificationKind.IMPORT_FINISHED);
    }

    public void failed(long importId, String reason) {
        leases.ended(importId);
        UserImport failed = em.find(UserImport.class, importId);
        failed.failed(reason, now());
        notifyStarter(failed, NotificationKind.IMPORT_FAILED);
    }

    /** The user who started the import learns how it ended, with the way to its result (the passwords, once). */
    private void notifyStarter(UserImport job, NotificationKind kind) {
        notifications.toUser(job.getPartner().getId(), job.getCreatedBy(), kind,
                Summary.of("customer", job.getCustomer().getCompanyName()).and("importFile", job.getFileName()),
                "/customer/import-users.xhtml?customer=" + job.getCustomer().getId());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
