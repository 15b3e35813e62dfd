package org.partnerhub.customeruser;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnerhub.shared.BusinessException;

/**
 * Reads a file of users to import: UTF-8 (with or without a byte order mark), comma or
 * semicolon separated (whichever the header uses), quoted fields allowed, the template's
 * columns in any order. Anything that makes the file as a whole unreadable refuses it with one
 * message and nothing is checked further: empty, binary, not UTF-8, over 5 MB or 10,000 rows,
 * a wrong header, a line with more fields than the header.
 */
public final class UserImportFile {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final List<String> COLUMNS = List.of("user_name", "first_name", "last_name", "display_name",
            "contact_email", "usage_location", "role", "licenses");
    private static final String EXAMPLE = "ana.lima,Ana,Lima,Ana Lima,ana.lima@example.com,BR,user,M365-BUSINESS-BASIC";

    private UserImportFile() {
    }

    /** The downloadable template: the column names and one example row. */
    public static String template() {
        return String.join(",", COLUMNS) + "\r\n" + EXAMPLE + "\r\n";
    }

    /**
     * One line of the file: its number (the header is line 1) and its values by column. A line
     * that ends early lacks the last columns: they read as empty, and {@link #missing()} names them.
     */
    public record Line(int number, Map<String, String> values) {
        public String value(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }

        /** The template's columns this line has no field for, in the template's order. */
        public List<String> missing() {
            return COLUMNS.stream().filter(column -> !values.containsKey(column)).toList();
        }
    }

    public static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("import.file.tooLarge", MAX_MEGABYTES);
        }
        for (byte b : content) {
            if (b == 0) {
                throw refused("import.file.binary");
            }
        }
        String text = decoded(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused("import.file.empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record);
                    continue;
                }
                int number = (int) record.getRecordNumber();
                if (record.size() > header.size()) {
                    throw refused("import.file.tooManyFields", number, record.size(), header.size());
                }
                if (lines.size() == MAX_ROWS) {
                    throw refused("import.file.tooManyRows", MAX_ROWS);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                lines.add(new Line(number, values));
            }
            if (lines.isEmpty()) {
                throw refused("import.file.noRows");
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("import.file.unreadable", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(name -> names.add(name.trim().toLowerCase(Locale.ROOT)));
        if (new HashSet<>(names).size() != names.size() || !Set.copyOf(names).equals(Set.copyOf(COLUMNS))) {
            throw refused("import.file.header", String.join(", ", COLUMNS));
        }
        return names;
    }

    private static String decoded(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused("import.file.encoding");
        }
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }

    private static BusinessException refused(String key, Serializable... arguments) {
        return new BusinessException(key, "file", arguments);
    }
}
