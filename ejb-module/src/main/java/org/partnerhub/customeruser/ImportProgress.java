package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.security.Roles;

/**
 * The import's own row, each change in a transaction of its own: the page sees the progress
 * while the users are still being written in the import's one big transaction.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext
    EntityManager em;

    public long started(long customerId, long partnerId, String by, String fileName, int fileRows, int rowsToImport) {
        UserImport job = new UserImport(em.getReference(Customer.class, customerId), em.getReference(Partner.class, partnerId),
                by, now(), fileName, fileRows, rowsToImport);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public void progress(long importId, int rows) {
        em.find(UserImport.class, importId).progress(rows);
    }

    public void done(long importId) {
        em.find(UserImport.class, importId).done(now());
    }

    public void failed(long importId, String reason) {
        em.find(UserImport.class, importId).failed(reason, now());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
