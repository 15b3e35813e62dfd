package org.partnerhub.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.CsvFile;

/**
 * Recording many leads at once from a CSV file (leads received from elsewhere): check every
 * line (nothing written), then write the valid ones, or none while any line is invalid if the
 * user asks for all or nothing. Each lead is written as a single one is ({@link ReferralService#create}),
 * so it is audited, and referred and notified when the provider refers them all to one reseller;
 * the import itself is one more audit event. Synchronous: see {@link ReferralImportFile}.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
public class ReferralImportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @EJB
    ReferralService referrals;

    /** Reads and checks the file; writes nothing. Every line, in the file's order, with its problems. */
    public List<ReferralImportLine> check(@NotNull byte[] file) {
        currentUser.require();
        return checked(file);
    }

    /**
     * Checks the file again (the catalog may have changed since the preview) and writes its
     * valid lines in the file's order, in one transaction: a refusal of any lead (a reseller
     * that is no longer partnered, say) writes none.
     *
     * @param allOrNothing       true: refuse while any line is invalid; false: leave the invalid lines out
     * @param referToResellerId  null: the caller keeps the leads; else the partnered reseller they are all referred to
     * @return how many leads were written
     */
    public int importLeads(@NotNull String fileName, @NotNull byte[] file, boolean allOrNothing,
            Long referToResellerId) {
        Caller actor = currentUser.require();
        List<ReferralImportLine> lines = checked(file);
        List<ReferralImportLine> valid = lines.stream().filter(ReferralImportLine::isValid).toList();
        int invalid = lines.size() - valid.size();
        if (allOrNothing && invalid > 0) {
            throw new BusinessException("referralImport.invalidLines", "allOrNothing", invalid);
        }
        if (valid.isEmpty()) {
            throw BusinessException.of("import.nothingValid");
        }
        for (ReferralImportLine line : valid) {
            referrals.create(line.details(), referToResellerId);
        }
        Summary imported = Summary.of("referralsImported", valid.size());
        auditTrail.record(actor, AuditAction.REFERRALS_IMPORTED, target(fileName),
                invalid == 0 ? imported : imported.and("linesLeftOut", invalid));
        return valid.size();
    }

    private List<ReferralImportLine> checked(byte[] file) {
        List<CsvFile.Line> lines = ReferralImportFile.read(file);
        return new ReferralImportCheck(validator, offersNamedIn(lines)).check(lines);
    }

    /** The offers still sold whose codes the file names, by code in upper case: one query for the file. */
    private Map<String, Long> offersNamedIn(List<CsvFile.Line> lines) {
        List<String> codes = lines.stream().map(line -> line.value("offer_code").toUpperCase(Locale.ROOT))
                .filter(code -> !code.isEmpty()).distinct().toList();
        Map<String, Long> offers = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select upper(o.code), o.id from Offer o where upper(o.code) in :codes and o.withdrawn = false",
                            Object[].class)
                    .setParameter("codes", codes)
                    .getResultList()
                    .forEach(row -> offers.put((String) row[0], (Long) row[1]));
        }
        return offers;
    }

    /** The file's name as the audit log keeps a target: its first 254 characters. */
    private static String target(String fileName) {
        return fileName.length() > 254 ? fileName.substring(0, 254) : fileName;
    }
}
