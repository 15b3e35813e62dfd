package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.SpreadsheetText;

/**
 * Runs an import in the background, so that the browser may be closed: writes everything (or
 * nothing), then records how it ended and keeps the result file for one download.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    ImportWriter writer;

    @EJB
    ImportProgress progress;

    @Asynchronous
    public void run(long importId, long customerId, long partnerId, String by, List<ImportRow> rows) {
        long started = System.nanoTime();
        try {
            List<String[]> made = writer.write(importId, customerId, partnerId, by, rows);
            progress.done(importId, resultFile(made));
            LOG.info(() -> "import " + importId + ": " + made.size() + " users in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (BusinessException refusal) {
            progress.failed(importId, refusal.messageKey());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import " + importId + " failed; nothing was written", e);
            progress.failed(importId, "import.failed");
        }
    }

    /** user_name, display_name, temporary_password; values that look like formulas neutralised. */
    private static byte[] resultFile(List<String[]> made) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("user_name", "display_name", "temporary_password").get())) {
            for (String[] user : made) {
                csv.printRecord(user[0], SpreadsheetText.neutralised(user[1]), user[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

}
