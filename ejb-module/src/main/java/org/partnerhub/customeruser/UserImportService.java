package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.partnerhub.account.Customer;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.adminrelationship.AdminPrivileges;
import org.partnerhub.adminrelationship.AdminTask;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.CsvFile;

/**
 * Adding many users at once from a file: check every line (nothing written), then import the
 * valid lines (or refuse while any line is invalid, as the user chooses) in the background,
 * all of them or none; the result file with the temporary passwords is downloaded once.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class UserImportService {

    private static final Logger LOG = Logger.getLogger(UserImportService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AdminPrivileges adminPrivileges;

    @EJB
    CurrentUser currentUser;

    @Inject
    ImportJobs jobs;

    @EJB
    ImportProgress progress;

    @EJB
    ImportRunner runner;

    @Inject
    ImportCheck importCheck;

    /** Reads and checks the file; writes nothing. */
    public ImportPreview check(long customerId, @NotNull String fileName, @NotNull byte[] content) {
        Caller actor = currentUser.require();
        Customer customer = adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.MANAGE_USERS).getCustomer();
        long started = System.nanoTime();
        List<CsvFile.Line> lines = UserImportFile.read(content);
        List<ImportRow> rows = importCheck.check(customer, lines);
        int valid = (int) rows.stream().filter(ImportRow::isValid).count();
        LOG.info(() -> "import check: " + rows.size() + " lines in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        String token = jobs.keep(new ImportJobs.Checked(actor.getPartner().getId(), customerId, actor.actorName(), fileName,
                rows));
        return new ImportPreview(token, fileName, rows, valid, rows.size() - valid);
    }

    /**
     * Starts writing the checked file's valid lines in the background.
     *
     * @param skipInvalid false: refuse while any line is invalid; true: leave the invalid lines out
     * @return the import's id, to follow it
     */
    public long start(@NotNull String token, boolean skipInvalid) {
        Caller actor = currentUser.require();
        ImportJobs.Checked file = jobs.peek(token)
                .filter(checked -> checked.checkedBy().equals(actor.actorName()))
                .orElseThrow(() -> BusinessException.of("import.checkAgain"));
        adminPrivileges.require(actor.getPartner().getId(), file.customerId(), AdminTask.MANAGE_USERS);
        List<ImportRow> valid = file.rows().stream().filter(ImportRow::isValid).toList();
        if (!skipInvalid && valid.size() < file.rows().size()) {
            throw new BusinessException("import.invalidRows", "skipInvalid", file.rows().size() - valid.size());
        }
        if (valid.isEmpty()) {
            throw BusinessException.of("import.nothingValid");
        }
        if (!jobs.take(token)) {
            throw BusinessException.of("import.checkAgain"); // a second click already started it
        }
        long importId = progress.started(file.customerId(), file.partnerId(), actor.actorName(), file.fileName(),
                file.rows().size(), valid.size());
        runner.run(importId, file.customerId(), file.partnerId(), actor.actorName(), valid);
        return importId;
    }

    /** The partner's latest imports for the customer, newest first. */
    public List<ImportView> imports(long customerId) {
        long partnerId = currentUser.partnerId();
        activeRelationships.of(partnerId, customerId);
        List<UserImport> latest = em.createQuery("""
                        select i from UserImport i where i.customer.id = :customer and i.partner.id = :partner
                        order by i.createdAt desc, i.id desc""", UserImport.class)
                .setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .setMaxResults(10)
                .getResultList();
        Set<Long> withResult = jobs.withResult(latest.stream().map(UserImport::getId).toList());
        return latest.stream().map(i -> i.toView(withResult.contains(i.getId()))).toList();
    }

    /** The result file, once: afterwards it is gone. */
    public byte[] result(long importId) {
        UserImport job = em.find(UserImport.class, importId);
        if (job == null || job.getPartner().getId() != currentUser.partnerId()) {
            throw BusinessException.of("import.notFound");
        }
        return jobs.takeResult(importId).orElseThrow(() -> BusinessException.of("import.resultGone"));
    }

}
