package org.partnerhub.subscription;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnerhub.shared.TranslatedText;

/**
 * Reads the offer catalog file ({@code catalog/offers.csv}): one offer per line, upgrade paths
 * as the target offers' codes separated by spaces. The first line names the columns, in any
 * order. Names and descriptions are English; the optional columns {@code name_pt_br},
 * {@code description_pt_br}, {@code name_es} and {@code description_es} translate them, and
 * an empty or missing translation leaves the English text. Every line is checked; the first
 * mistake stops the start-up with its line number, so a broken file never half-replaces the
 * catalog.
 */
public final class CatalogFile {

    public static final String RESOURCE = "catalog/offers.csv";
    static final List<String> REQUIRED = List.of("code", "name", "description", "billing_cycle", "price_per_license",
            "currency", "min_licenses", "max_licenses", "self_service", "upgrades_to");
    static final List<String> TRANSLATIONS = List.of("name_pt_br", "description_pt_br", "name_es", "description_es");
    private static final int NAME_LENGTH = 120;
    private static final int DESCRIPTION_LENGTH = 500;

    private CatalogFile() {
    }

    public static List<CatalogLine> read(Reader in) {
        List<CatalogLine> lines = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(withoutByteOrderMark(in))) {
            checkColumns(parser.getHeaderNames());
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                CatalogLine line = line(record, columns);
                if (!codes.add(line.code())) {
                    throw mistake(record, "the code " + line.code() + " is there twice");
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof CatalogException) {
                throw e;
            }
            throw new CatalogException("the file is not a catalog: " + e.getMessage());
        }
        for (CatalogLine line : lines) {
            for (String target : line.upgradesTo()) {
                if (!codes.contains(target) || target.equals(line.code())) {
                    throw new CatalogException("offer " + line.code() + " upgrades to " + target
                            + ", which is not another offer of the file");
                }
            }
        }
        if (lines.isEmpty()) {
            throw new CatalogException("the file has no offers");
        }
        return lines;
    }

    /** A file saved by a spreadsheet program may start with a byte order mark, which is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** Every column the catalog needs, and none it does not know: a misspelt translation column is not silently English. */
    private static void checkColumns(List<String> header) {
        for (String column : header) {
            if (!REQUIRED.contains(column) && !TRANSLATIONS.contains(column)) {
                throw new CatalogException("line 1: the column " + column + " is not one of the catalog's ("
                        + String.join(", ", REQUIRED) + ", and optionally " + String.join(", ", TRANSLATIONS) + ")");
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new CatalogException("line 1: the column " + column + " is missing");
            }
        }
    }

    private static CatalogLine line(CSVRecord record, int columns) {
        if (record.size() != columns) {
            throw mistake(record, "it has " + record.size() + " fields instead of " + columns);
        }
        String code = required(record, "code");
        if (!code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            throw mistake(record, "the code must be 1-40 capital letters, digits and dashes");
        }
        BillingCycle cycle;
        try {
            cycle = BillingCycle.valueOf(required(record, "billing_cycle").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw mistake(record, "billing_cycle must be one of " + Arrays.toString(BillingCycle.values()));
        }
        BigDecimal price;
        try {
            price = new BigDecimal(required(record, "price_per_license"));
        } catch (NumberFormatException e) {
            throw mistake(record, "price_per_license is not a number");
        }
        if (price.signum() < 0 || price.scale() > 2) {
            throw mistake(record, "price_per_license must be at least 0, with at most 2 decimals");
        }
        String currency = required(record, "currency");
        if (!currency.matches("[A-Z]{3}") || !known(currency)) {
            throw mistake(record, "currency must be a 3-letter ISO code");
        }
        int min = number(record, "min_licenses");
        int max = number(record, "max_licenses");
        if (min < 1 || max < min) {
            throw mistake(record, "min_licenses must be at least 1 and max_licenses at least min_licenses");
        }
        String selfService = required(record, "self_service").toLowerCase(Locale.ROOT);
        if (!selfService.equals("true") && !selfService.equals("false")) {
            throw mistake(record, "self_service must be true or false");
        }
        String upgrades = record.get("upgrades_to");
        return new CatalogLine(code, translated(record, "name", NAME_LENGTH),
                translated(record, "description", DESCRIPTION_LENGTH), cycle, price, currency, min, max,
                Boolean.parseBoolean(selfService),
                upgrades.isBlank() ? List.of() : List.of(upgrades.trim().split("\\s+")));
    }

    /** Whether prices in it can be shown: Java knows its symbol and decimals. */
    private static boolean known(String currency) {
        try {
            Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String required(CSVRecord record, String column) {
        String value = record.get(column);
        if (value == null || value.isBlank()) {
            throw mistake(record, column + " is empty");
        }
        return value;
    }

    /** The English text (required) and its translations (each optional: English where it is missing). */
    private static TranslatedText translated(CSVRecord record, String column, int max) {
        return new TranslatedText(limited(record, column, required(record, column), max),
                translation(record, column + "_pt_br", max), translation(record, column + "_es", max));
    }

    private static String translation(CSVRecord record, String column, int max) {
        String value = record.isMapped(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : limited(record, column, value, max);
    }

    private static String limited(CSVRecord record, String column, String value, int max) {
        if (value.length() > max) {
            throw mistake(record, column + " is longer than " + max + " characters");
        }
        return value;
    }

    private static int number(CSVRecord record, String column) {
        try {
            return Integer.parseInt(required(record, column));
        } catch (NumberFormatException e) {
            throw mistake(record, column + " is not a whole number");
        }
    }

    private static CatalogException mistake(CSVRecord record, String problem) {
        // getRecordNumber counts records, the header being the first line of the file
        return new CatalogException("line " + (record.getRecordNumber() + 1) + ": " + problem);
    }

    /** What is wrong with the file, in one line for the operator. */
    public static final class CatalogException extends IllegalStateException {
        CatalogException(String problem) {
            super("Partner Hub cannot start: the offer catalog " + RESOURCE + " is wrong: " + problem);
        }
    }
}
