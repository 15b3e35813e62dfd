package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.security.Roles;
import org.partnerhub.security.TemporaryPassword;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.UniqueViolation;
import org.partnerhub.subscription.Subscription;

/**
 * Writes an import's users and their licenses in one transaction of its own: every line or,
 * on any failure (a name taken meanwhile, a server stopping), none.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class ImportWriter {

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PasswordHashing hashing;

    @EJB
    ImportProgress progress;

    /** The user names and temporary passwords made, in the file's order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String[]> write(long importId, long customerId, long partnerId, String by, List<ImportRow> rows) {
        Customer customer = em.find(Customer.class, customerId);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String[]> made = new ArrayList<>(rows.size());
        int written = 0;
        try {
            for (ImportRow row : rows) {
                TemporaryPassword password = TemporaryPassword.generate();
                CustomerUser user = CustomerUser.of(customer, row.details(), hashing.hashGenerated(password));
                em.persist(user);
                for (Long subscription : row.subscriptionIds()) {
                    em.persist(new LicenseAssignment(user, em.getReference(Subscription.class, subscription), by, now));
                }
                made.add(new String[] {user.getUserName(), row.displayName(), password.value()});
                if (++written % BATCH == 0) {
                    em.flush();
                    progress.progress(importId, written);
                }
            }
            em.flush();
        } catch (RuntimeException e) {
            if (UniqueViolation.causes(e)) {
                throw BusinessException.of("import.nameTakenMeanwhile");
            }
            throw e;
        }
        auditTrail.record(by, partnerId, AuditAction.USERS_IMPORTED,
                AuditTarget.customer(customer.getId(), customer.domain()),
                Summary.of("usersImported", importId, rows.size()));
        return made;
    }
}
