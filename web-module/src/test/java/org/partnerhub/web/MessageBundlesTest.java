package org.partnerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.Language;
import org.partnerhub.web.shell.Workspace;

/** Every visible string exists, and is not empty, in English, Portuguese (Brazil) and Spanish. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    private static final Pattern REFUSAL_KEY = Pattern.compile(
            "(?:new BusinessException\\(|BusinessException\\.of\\()\"([a-zA-Z0-9_.]+)\"");
    /** The first argument of Summary.of(…) and of .and(…): a code, or a choice between two. */
    private static final Pattern SUMMARY_CODES = Pattern.compile("(?:Summary\\.of|\\.and)\\(([^,)]*)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z0-9_.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_pt_BR", "messages_es"})
    void noKeyIsMissingOrEmptyInAnyLanguage(String bundle) throws IOException {
        Properties english = load("messages");
        Properties cut = load(bundle);

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(cut.stringPropertyNames());
        Set<String> extra = new TreeSet<>(cut.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        Set<String> empty = new TreeSet<>();
        cut.forEach((key, value) -> {
            if (value.toString().isBlank()) {
                empty.add(key.toString());
            }
        });

        assertEquals(Set.of(), missing, bundle + " lacks keys");
        assertEquals(Set.of(), extra, bundle + " has keys English lacks");
        assertEquals(Set.of(), empty, bundle + " has empty texts");
    }

    @Test
    void everyEnumShownOnAPageHasALabel() throws IOException {
        Properties english = load("messages");
        Set<String> missing = new TreeSet<>();
        check(english, missing, "role.", PartnerRole.values());
        check(english, missing, "partnerType.", PartnerType.values());
        check(english, missing, "language.", Language.values());
        check(english, missing, "languageName.", Language.values());
        check(english, missing, "audit.action.", AuditAction.values());
        check(english, missing, "menu.", Workspace.values());

        assertEquals(Set.of(), missing);
    }

    /** The notification centre's own texts (EJB module): its page and its emails, in each language. */
    @ParameterizedTest
    @ValueSource(strings = {"texts_pt_BR", "texts_es"})
    void theNotificationTextsNameEveryKindInEveryLanguage(String bundle) throws IOException {
        Properties english = load("/org/partnerhub/notification/texts");
        Properties cut = load("/org/partnerhub/notification/" + bundle);
        Set<String> missing = new TreeSet<>();
        check(english, missing, "kind.", NotificationKind.values());

        assertEquals(Set.of(), missing, "kinds without a name");
        assertEquals(english.stringPropertyNames(), cut.stringPropertyNames(), bundle + " has the same keys as English");
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Properties english = load("messages");
        Set<String> used = keysIn(Path.of("src/main/webapp"), ".xhtml", LITERAL_KEY);

        assertTrue(used.size() > 40, "the scan found the pages' keys: " + used.size());
        used.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), used);
    }

    @Test
    void everyRefusalTheServicesRaiseHasAMessage() throws IOException {
        Properties english = load("messages");
        Set<String> used = keysIn(Path.of("../ejb-module/src/main/java"), ".java", REFUSAL_KEY);

        assertTrue(used.contains("user.lastGlobalAdmin"), "the scan found the services' refusals: " + used);
        used.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), used);
    }

    @Test
    void everyAuditSummaryTheServicesWriteHasAPattern() throws IOException {
        Properties english = load("messages");
        Set<String> used = new TreeSet<>();
        for (String argument : keysIn(Path.of("../ejb-module/src/main/java"), ".java", SUMMARY_CODES)) {
            Matcher literal = LITERAL.matcher(argument);
            while (literal.find()) {
                used.add("audit.summary." + literal.group(1));
            }
        }

        assertTrue(used.contains("audit.summary.order") && used.contains("audit.summary.selfService.off"),
                "the scan found the services' summaries: " + used);
        used.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), used);
    }

    private static void check(Properties bundle, Set<String> missing, String prefix, Enum<?>... values) {
        Arrays.stream(values).map(v -> prefix + v.name()).filter(k -> !bundle.containsKey(k)).forEach(missing::add);
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
        for (Path file : files) {
            Matcher matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
