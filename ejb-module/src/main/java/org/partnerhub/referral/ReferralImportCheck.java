package org.partnerhub.referral;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnerhub.shared.CsvFile;
import org.partnerhub.shared.SpreadsheetText;

/**
 * Checks every line of a file of leads: NewReferral's own rules (the form's and the API's),
 * what the form's menus make impossible but a file can get wrong (an offer code that is not in
 * the catalog, licenses of no offer, a number that is no number), and what only a file can: the
 * same lead twice. A plain object, so that the rules are tested without a server; the service
 * gives it the catalog's offers.
 */
final class ReferralImportCheck {

    private static final List<String> NAMES = List.of("company_name", "contact_first_name", "contact_last_name");
    /** A whole amount, or one with decimals after a dot or a comma (as spreadsheets in Brazil and Spain write it). */
    private static final Pattern AMOUNT = Pattern.compile("\\d+([.,]\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private final Validator validator;
    private final Map<String, Long> offerIdsByCode;

    /**
     * @param offerIdsByCode the offers a lead may name (those still sold), by their code in upper case
     */
    ReferralImportCheck(Validator validator, Map<String, Long> offerIdsByCode) {
        this.validator = validator;
        this.offerIdsByCode = offerIdsByCode;
    }

    List<ReferralImportLine> check(List<CsvFile.Line> lines) {
        Map<String, Integer> seen = new HashMap<>();
        List<ReferralImportLine> checked = new ArrayList<>(lines.size());
        for (CsvFile.Line line : lines) {
            List<ReferralImportLine.Problem> problems = new ArrayList<>();
            if (!line.missing().isEmpty()) {
                // Every column the line lacks, in one message: the usual cause is a lost separator.
                problems.add(problem(line.missing().get(0), "import.row.fieldsMissing",
                        String.valueOf(line.values().size()), String.valueOf(ReferralImportFile.COLUMNS.size()),
                        String.join(", ", line.missing())));
            }
            NewReferral details = details(line, problems);
            for (ConstraintViolation<NewReferral> violation : validator.validate(details)) {
                problems.add(problem(violation));
            }
            for (String column : NAMES) {
                if (SpreadsheetText.looksLikeFormula(line.value(column))) {
                    problems.add(problem(column, "import.row.formula"));
                }
            }
            String company = line.value("company_name");
            String email = line.value("contact_email");
            if (!company.isEmpty() && !email.isEmpty()) {
                Integer first = seen.putIfAbsent(company.toLowerCase(Locale.ROOT) + "\n" + email.toLowerCase(Locale.ROOT),
                        line.number());
                if (first != null) {
                    problems.add(problem("company_name", "referralImport.row.duplicate", String.valueOf(first)));
                }
            }
            // In the columns' order, as the user reads the line; the validator's order is none.
            problems.sort(Comparator.comparingInt(problem -> ReferralImportFile.COLUMNS.indexOf(problem.column())));
            String contact = (line.value("contact_first_name") + " " + line.value("contact_last_name")).trim();
            checked.add(new ReferralImportLine(line.number(), company, contact, email, details.getCountry(),
                    line.value("offer_code").toUpperCase(Locale.ROOT), List.copyOf(problems), details));
        }
        return checked;
    }

    /**
     * The lead as the form would send it. What the form chooses from a menu (the offer, the
     * currency, the country) is matched here, whatever its case; a value that cannot be read
     * at all is a problem of its own and left empty for the validator.
     */
    private NewReferral details(CsvFile.Line line, List<ReferralImportLine.Problem> problems) {
        NewReferral details = new NewReferral();
        details.setCompanyName(emptyToNull(line.value("company_name")));
        details.setContactFirstName(emptyToNull(line.value("contact_first_name")));
        details.setContactLastName(emptyToNull(line.value("contact_last_name")));
        details.setContactEmail(emptyToNull(line.value("contact_email")));
        details.setContactPhone(emptyToNull(line.value("contact_phone")));
        details.setCountry(emptyToNull(line.value("country").toUpperCase(Locale.ROOT)));
        details.setSource(emptyToNull(line.value("source")));
        details.setNote(emptyToNull(line.value("note")));

        String code = line.value("offer_code").toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
            details.setOfferId(offerIdsByCode.get(code));
            if (details.getOfferId() == null) {
                problems.add(problem("offer_code", "referralImport.row.unknownOffer", code));
            }
        }
        String licenses = line.value("licenses");
        if (!licenses.isEmpty()) {
            if (WHOLE.matcher(licenses).matches()) {
                details.setLicenses(Integer.valueOf(licenses));
            } else {
                problems.add(licensesProblem(licenses));
            }
            if (code.isEmpty()) {
                problems.add(problem("licenses", "referralImport.row.licensesWithoutOffer"));
            }
        }
        String amount = line.value("estimated_value");
        if (!amount.isEmpty()) {
            if (AMOUNT.matcher(amount).matches()) {
                details.setEstimatedValue(new BigDecimal(amount.replace(',', '.')));
            } else {
                problems.add(problem("estimated_value", "referralImport.row.amount", amount));
            }
        }
        String currency = line.value("currency").toUpperCase(Locale.ROOT);
        if (!currency.isEmpty()) {
            details.setCurrency(currency);
            // NewReferral checks the form (three letters); the lead keeps only a currency that exists.
            if (currency.matches("[A-Z]{3}") && !isCurrency(currency)) {
                problems.add(problem("currency", "referralImport.row.currency", currency));
            }
        }
        return details;
    }

    /** A violation of NewReferral's rules as a key of the user's language, next to its column. */
    private static ReferralImportLine.Problem problem(ConstraintViolation<NewReferral> violation) {
        // The columns are the properties' names in snake case: contactEmail is contact_email.
        String column = violation.getPropertyPath().toString().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String value = String.valueOf(violation.getInvalidValue());
        return switch (constraint) {
            case "NotBlank", "NotNull" -> problem(column, "import.row.required", column);
            case "Size" -> problem(column, "import.row.tooLong", column,
                    String.valueOf(violation.getConstraintDescriptor().getAttributes().get("max")));
            case "Email" -> problem(column, "import.row.email");
            case "CountryCode" -> problem(column, "import.row.country", value);
            default -> switch (column) {
                case "contact_phone" -> problem(column, "referralImport.row.phone", value);
                case "licenses" -> licensesProblem(value);
                case "estimated_value" -> problem(column, "referralImport.row.amount", value);
                case "currency" -> problem(column, "referralImport.row.currency", value);
                default -> problem(column, "import.row.invalid", column);
            };
        };
    }

    private static ReferralImportLine.Problem licensesProblem(String value) {
        return problem("licenses", "referralImport.row.licenses", value, NewReferral.MAX_LICENSES);
    }

    private static ReferralImportLine.Problem problem(String column, String key, Serializable... arguments) {
        return new ReferralImportLine.Problem(column, key, List.of(arguments));
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
