package org.partnerhub.customeruser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnerhub.account.Customer;
import org.partnerhub.shared.CsvFile;
import org.partnerhub.shared.SpreadsheetText;
import org.partnerhub.shared.TranslatedText;

/**
 * Checks every line of an import file against the same rules as Add user, plus what only a
 * file can get wrong: a user name twice in the file, an offer the customer has no active
 * subscription of, more licenses asked for than are free. All of it with a few queries, not
 * one per line.
 */
@ApplicationScoped
class ImportCheck {

    private static final int IN_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    List<ImportRow> check(Customer customer, List<CsvFile.Line> lines) {
        Set<String> existing = existingUserNames(customer, lines);
        Map<String, Long> subscriptionByOffer = new HashMap<>();
        Map<Long, Integer> free = new HashMap<>();
        Map<Long, TranslatedText> offerNames = new HashMap<>();
        em.createQuery("""
                        select s.id, o.code, o.name, o.namePtBr, o.nameEs, s.licenses,
                               (select count(a) from LicenseAssignment a where a.subscription = s)
                        from Subscription s join s.offer o
                        where s.customer = :customer and s.status = 'ACTIVE' order by s.createdAt, s.id""", Object[].class)
                .setParameter("customer", customer)
                .getResultList()
                .forEach(row -> {
                    Long id = (Long) row[0];
                    subscriptionByOffer.putIfAbsent(((String) row[1]).toUpperCase(Locale.ROOT), id);
                    offerNames.put(id, new TranslatedText((String) row[2], (String) row[3], (String) row[4]));
                    free.merge(id, (Integer) row[5] - ((Number) row[6]).intValue(), Integer::sum);
                });
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(lines.size());
        for (CsvFile.Line line : lines) {
            List<ImportRow.Problem> problems = new ArrayList<>();
            if (!line.missing().isEmpty()) {
                // Every column the line lacks, in one message: the usual cause is a lost separator.
                problems.add(new ImportRow.Problem(line.missing().get(0), "import.row.fieldsMissing", List.of(
                        String.valueOf(line.values().size()), String.valueOf(UserImportFile.COLUMNS.size()),
                        String.join(", ", line.missing()))));
            }
            NewCustomerUser details = details(line);
            for (ConstraintViolation<NewCustomerUser> violation : validator.validate(details)) {
                problems.add(problem(violation));
            }
            for (String column : List.of("first_name", "last_name", "display_name")) {
                if (SpreadsheetText.looksLikeFormula(line.value(column))) {
                    problems.add(new ImportRow.Problem(column, "import.row.formula", List.of()));
                }
            }
            String role = line.value("role").toLowerCase(Locale.ROOT);
            if (!role.isEmpty() && !role.equals("user") && !role.equals("admin")) {
                problems.add(new ImportRow.Problem("role", "import.row.role", List.of(line.value("role"))));
            }
            String userName = details.getUserName() == null ? "" : details.getUserName() + "@" + customer.domain();
            if (!userName.isEmpty()) {
                Integer first = seen.putIfAbsent(userName, line.number());
                if (first != null) {
                    problems.add(new ImportRow.Problem("user_name", "import.row.duplicateInFile",
                            List.of(String.valueOf(first))));
                } else if (existing.contains(userName)) {
                    problems.add(new ImportRow.Problem("user_name", "import.row.exists", List.of(userName)));
                }
            }
            List<String> offers = line.value("licenses").isEmpty() ? List.of()
                    : List.of(line.value("licenses").toUpperCase(Locale.ROOT).split("\\s+"));
            List<Long> subscriptions = new ArrayList<>();
            for (String offer : offers) {
                Long subscription = subscriptionByOffer.get(offer);
                if (subscription == null) {
                    problems.add(new ImportRow.Problem("licenses", "import.row.unknownOffer", List.of(offer)));
                } else if (!subscriptions.contains(subscription)) {
                    subscriptions.add(subscription);
                }
            }
            // Only lines that will be written take licenses, in the file's order.
            if (problems.isEmpty()) {
                for (Long subscription : subscriptions) {
                    if (free.get(subscription) <= 0) {
                        problems.add(new ImportRow.Problem("licenses", "import.row.noFreeLicense",
                                List.of(offerNames.get(subscription))));
                    }
                }
                if (problems.isEmpty()) {
                    subscriptions.forEach(subscription -> free.merge(subscription, -1, Integer::sum));
                }
            }
            rows.add(new ImportRow(line.number(), userName, details.getFirstName() == null ? ""
                    : safeDisplayName(details), details.getUsageLocation(), details.isAdministrator(), offers,
                    List.copyOf(problems), details, List.copyOf(subscriptions)));
        }
        return rows;
    }

    private static String safeDisplayName(NewCustomerUser details) {
        return details.getLastName() == null ? details.getFirstName() : details.effectiveDisplayName();
    }

    private static NewCustomerUser details(CsvFile.Line line) {
        NewCustomerUser details = new NewCustomerUser();
        details.setUserName(emptyToNull(line.value("user_name")));
        details.setFirstName(emptyToNull(line.value("first_name")));
        details.setLastName(emptyToNull(line.value("last_name")));
        details.setDisplayName(emptyToNull(line.value("display_name")));
        details.setContactEmail(line.value("contact_email"));
        details.setUsageLocation(line.value("usage_location"));
        details.setAdministrator(line.value("role").equalsIgnoreCase("admin"));
        return details;
    }

    /** A violation of NewCustomerUser's rules as a key of the user's language, next to its column. */
    private static ImportRow.Problem problem(ConstraintViolation<NewCustomerUser> violation) {
        String property = violation.getPropertyPath().toString();
        String column = switch (property) {
            case "userName" -> "user_name";
            case "firstName" -> "first_name";
            case "lastName" -> "last_name";
            case "displayName" -> "display_name";
            case "contactEmail" -> "contact_email";
            case "usageLocation" -> "usage_location";
            default -> property;
        };
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotBlank", "NotNull" -> new ImportRow.Problem(column, "import.row.required", List.of(column));
            case "Size" -> new ImportRow.Problem(column, "import.row.tooLong",
                    List.of(column, String.valueOf(violation.getConstraintDescriptor().getAttributes().get("max"))));
            case "Pattern" -> new ImportRow.Problem(column, "import.row.userName", List.of());
            case "Email" -> new ImportRow.Problem(column, "import.row.email", List.of());
            case "CountryCode" -> new ImportRow.Problem(column, "import.row.country", List.of(String.valueOf(
                    violation.getInvalidValue())));
            default -> new ImportRow.Problem(column, "import.row.invalid", List.of(column));
        };
    }

    private Set<String> existingUserNames(Customer customer, List<CsvFile.Line> lines) {
        List<String> names = lines.stream().map(line -> line.value("user_name").toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty()).map(name -> name + "@" + customer.domain()).distinct().toList();
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < names.size(); from += IN_CHUNK) {
            existing.addAll(em.createQuery("select u.userName from CustomerUser u where u.userName in :names", String.class)
                    .setParameter("names", names.subList(from, Math.min(names.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return existing;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
