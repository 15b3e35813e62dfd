package org.partnerhub.referral;

import java.util.List;
import org.partnerhub.shared.CsvFile;

/**
 * A file of leads to import, read as every import file is ({@link CsvFile}). At most 1,000
 * leads: the import writes them while the user waits, each as a single lead is written
 * (audited, and notified to a reseller when referred), which takes seconds for a thousand. A
 * partner with more leads than that at once imports several files; it does not need the
 * background jobs the user import runs for its ten thousand lines.
 */
public final class ReferralImportFile {

    public static final int MAX_ROWS = 1_000;
    public static final List<String> COLUMNS = List.of("company_name", "contact_first_name", "contact_last_name",
            "contact_email", "contact_phone", "country", "offer_code", "licenses", "estimated_value", "currency",
            "source", "note");
    private static final String EXAMPLE = "Contoso Ltda,Ana,Lima,ana.lima@contoso.example,+55 11 5555-0100,BR,"
            + "M365-BUSINESS-STANDARD,25,7500.00,USD,Trade show,\"Wants Teams, calls after 2 pm\"";
    private static final CsvFile FILE = new CsvFile(COLUMNS, MAX_ROWS, "referralImport.file");

    private ReferralImportFile() {
    }

    /** The downloadable template: the column names and one example lead. */
    public static String template() {
        return FILE.template(EXAMPLE);
    }

    static List<CsvFile.Line> read(byte[] content) {
        return FILE.read(content);
    }
}
