package org.partnerhub.subscription;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the offer catalog file ({@code catalog/offers.csv}): one offer per line, upgrade paths
 * as the target offers' codes separated by spaces. Every line is checked; the first mistake
 * stops the start-up with its line number, so a broken file never half-replaces the catalog.
 */
public final class CatalogFile {

    public static final String RESOURCE = "catalog/offers.csv";
    static final String[] HEADER = {"code", "name", "description", "billing_cycle", "price_per_license", "currency",
            "min_licenses", "max_licenses", "self_service", "upgrades_to"};

    private CatalogFile() {
    }

    public static List<CatalogLine> read(Reader in) {
        List<CatalogLine> lines = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader(HEADER).setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
                CatalogLine line = line(record);
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

    private static CatalogLine line(CSVRecord record) {
        if (record.size() != HEADER.length) {
            throw mistake(record, "it has " + record.size() + " fields instead of " + HEADER.length);
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
        if (!currency.matches("[A-Z]{3}")) {
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
        return new CatalogLine(code, limited(record, "name", 120), limited(record, "description", 500), cycle, price,
                currency, min, max, Boolean.parseBoolean(selfService),
                upgrades.isBlank() ? List.of() : List.of(upgrades.trim().split("\\s+")));
    }

    private static String required(CSVRecord record, String column) {
        String value = record.get(column);
        if (value == null || value.isBlank()) {
            throw mistake(record, column + " is empty");
        }
        return value;
    }

    private static String limited(CSVRecord record, String column, int max) {
        String value = required(record, column);
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
