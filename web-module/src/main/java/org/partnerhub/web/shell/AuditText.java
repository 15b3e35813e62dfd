package org.partnerhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;

/**
 * An audit event's summary and actor in a reader's language: each phrase's pattern is
 * {@code audit.summary.<code>} in the bundle, its arguments written the reader's way. The pages
 * show the page's language; the API writes English, as Partner Center's audit records do.
 */
@Named
@ApplicationScoped
public class AuditText {

    @Inject
    LanguageSwitch languageSwitch;

    /** The summary in the page's language; an older event's stored text as it is. */
    public String summary(Summary summary) {
        return summary == null ? "" : of(summary, languageSwitch.getLocale());
    }

    /** Who did it, as people know them: the user's sign-in name, or what stands for the system or the customer. */
    public String actor(String actor) {
        return actor(actor, languageSwitch.getLocale());
    }

    /** The same in a given language. */
    public static String actor(String actor, Locale locale) {
        if (actor == null) {
            return Messages.textIn(locale, "audit.system");
        }
        return AuditTrail.CUSTOMER_THROUGH_LINK.equals(actor)
                ? Messages.textIn(locale, "audit.actor.customerThroughLink") : actor;
    }

    public static String of(Summary summary, Locale locale) {
        List<String> phrases = new ArrayList<>();
        for (Summary.Phrase phrase : summary.phrases()) {
            if (phrase.code() == null) {
                phrases.add(phrase.arguments().get(0).value());
                continue;
            }
            Object[] arguments = phrase.arguments().stream().map(argument -> argument(argument, locale)).toArray();
            phrases.add(Messages.textIn(locale, "audit.summary." + phrase.code(), arguments));
        }
        return String.join(", ", phrases);
    }

    private static Object argument(Summary.Argument argument, Locale locale) {
        return switch (argument.kind()) {
            case TEXT -> argument.value();
            case NUMBER -> Long.valueOf(argument.value());
            case DATE -> LocalDate.parse(argument.value())
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            case WORDS -> argument.keys().stream().map(key -> Messages.textIn(locale, key))
                    .collect(Collectors.joining(", "));
        };
    }
}
