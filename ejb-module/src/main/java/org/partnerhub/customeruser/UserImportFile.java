package org.partnerhub.customeruser;

import java.util.List;
import org.partnerhub.shared.CsvFile;

/**
 * A file of users to import, read as every import file is ({@link CsvFile}): the template's
 * columns, at most 10,000 users.
 */
public final class UserImportFile {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_MEGABYTES = CsvFile.MAX_MEGABYTES;
    public static final int MAX_BYTES = CsvFile.MAX_BYTES;
    public static final List<String> COLUMNS = List.of("user_name", "first_name", "last_name", "display_name",
            "contact_email", "usage_location", "role", "licenses");
    private static final String EXAMPLE = "ana.lima,Ana,Lima,Ana Lima,ana.lima@example.com,BR,user,M365-BUSINESS-BASIC";
    private static final CsvFile FILE = new CsvFile(COLUMNS, MAX_ROWS, "import.file");

    private UserImportFile() {
    }

    /** The downloadable template: the column names and one example row. */
    public static String template() {
        return FILE.template(EXAMPLE);
    }

    public static List<CsvFile.Line> read(byte[] content) {
        return FILE.read(content);
    }
}
