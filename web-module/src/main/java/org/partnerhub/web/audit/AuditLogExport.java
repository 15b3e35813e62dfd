package org.partnerhub.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.partnerhub.activity.AuditFilter;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.web.shell.AuditText;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.Messages;

/**
 * The audit log as a CSV file, as the other exports are (CsvDownload: UTF-8 for spreadsheets,
 * formulas neutralised): the events the filter lets through, newest first, with the actions and
 * summaries in the reader's language and the times in UTC, as the page shows them. Read a page
 * of the database at a time and written as it is read, so a log of millions streams out
 * without being held.
 */
@ApplicationScoped
public class AuditLogExport {

    static final String FILE_NAME = "audit-log.csv";
    private static final String[] HEADER_KEYS = {"auditLog.whenUtc", "audit.who", "audit.what", "audit.target",
        "audit.summary"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditLogQueries log;

    /** The file as the page's download, in the page's language. */
    public void send(AuditFilter filter, Locale locale) {
        CsvDownload.send(FILE_NAME, HEADER_KEYS, rows(filter, locale));
    }

    /** The same file written elsewhere: what the download holds. */
    public void write(AuditFilter filter, Locale locale, Writer out) throws IOException {
        CsvDownload.write(out, Arrays.stream(HEADER_KEYS).map(key -> Messages.textIn(locale, key)).toArray(String[]::new),
                rows(filter, locale));
    }

    private CsvDownload.Rows rows(AuditFilter filter, Locale locale) {
        return csv -> {
            String continuation = null;
            do {
                KeysetPage<AuditRecord> page = log.records(filter, continuation, KeysetPage.MAX_SIZE);
                for (AuditRecord event : page.items()) {
                    csv.row(TIME.format(event.occurredAt()), AuditText.actor(event.actor(), locale),
                            Messages.textIn(locale, "audit.action." + event.action()), event.target(),
                            event.summary() == null ? "" : AuditText.of(event.summary(), locale));
                }
                continuation = page.next();
            } while (continuation != null);
        };
    }
}
