package org.partnerhub.shared;

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

/**
 * How Partner Hub reads a file a user imports (users, leads): UTF-8 (with or without a byte
 * order mark), comma or semicolon separated (whichever the header uses), quoted fields allowed,
 * the template's columns in any order. Anything that makes the file as a whole unreadable
 * refuses it with one message, next to the field {@code file}, and nothing is checked further:
 * empty, binary, not UTF-8, over {@value #MAX_MEGABYTES} MB or the import's row limit, a wrong
 * header, a line with more fields than the header. Each import names its columns, its row limit
 * and the messages that count its rows ("users", "leads"); the other messages are shared.
 */
public final class CsvFile {

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private final List<String> columns;
    private final int maxRows;
    private final String rowsKeys;

    /**
     * @param columns  the template's columns, in the template's order
     * @param maxRows  the most lines (after the header) a file may have
     * @param rowsKeys the prefix of the two messages that name what a line is: {@code <prefix>.tooManyRows}
     *                 (argument: the limit) and {@code <prefix>.noRows}
     */
    public CsvFile(List<String> columns, int maxRows, String rowsKeys) {
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        this.rowsKeys = rowsKeys;
    }

    public List<String> columns() {
        return columns;
    }

    public int maxRows() {
        return maxRows;
    }

    /** The downloadable template: the column names and one example row (already CSV). */
    public String template(String exampleRow) {
        return String.join(",", columns) + "\r\n" + exampleRow + "\r\n";
    }

    /**
     * One line of the file: its number (the header is line 1), its values by column, and the
     * template's columns it has no field for (a line that ends early: they read as empty), in the
     * template's order.
     */
    public record Line(int number, Map<String, String> values, List<String> missing) {
        public String value(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    public List<Line> read(byte[] content) {
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
                if (lines.size() == maxRows) {
                    throw refused(rowsKeys + ".tooManyRows", maxRows);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                lines.add(new Line(number, values,
                        columns.stream().filter(column -> !values.containsKey(column)).toList()));
            }
            if (lines.isEmpty()) {
                throw refused(rowsKeys + ".noRows");
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("import.file.unreadable", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(name -> names.add(name.trim().toLowerCase(Locale.ROOT)));
        if (new HashSet<>(names).size() != names.size() || !Set.copyOf(names).equals(Set.copyOf(columns))) {
            throw refused("import.file.header", String.join(", ", columns));
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
