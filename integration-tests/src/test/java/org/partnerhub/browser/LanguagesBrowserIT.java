package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnerhub.partner.PartnerType;

/**
 * Every page a partner's Global admin reaches from the menu, and a customer's account, its
 * subscription and the customer area, read in Português (1280 pixels wide) and Español (1920):
 * no page may show a message key or a phrase of the English bundle that the language translates,
 * or anything cut off or scrolling sideways. What a page shows comes
 * from the bundles, the services' refusals and the audit summaries alike, so this catches a
 * text that skipped the translation wherever it was written.
 */
class LanguagesBrowserIT extends BrowserTest {

    private static final Path BUNDLES = Path.of("../web-module/src/main/resources/org/partnerhub/web");
    /** The notification centre's own texts, which its page shows too. */
    private static final Path NOTIFICATION_TEXTS = Path.of("../ejb-module/src/main/resources/org/partnerhub/notification");
    private static final long BUSINESS_BASIC = 1;
    /** A part of an English text long enough to be a phrase and not a name or a word both languages share. */
    private static final int PHRASE_LENGTH = 14;
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z]+(?:\\.[A-Za-z_]+)+");

    @Test
    void noPageShowsEnglishOrAMessageKeyInPortugueseOrSpanish() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        long customer = sharedCustomer(provider, reseller, "Idiomas " + provider.mpnId(), BUSINESS_BASIC);
        CustomerAdmin customerAdmin = customerWithAdmin(provider, "Área " + provider.mpnId());
        invitations(provider, 2);

        Map<String, List<String>> found = new TreeMap<>();
        Set<String> checked = new LinkedHashSet<>();
        for (String language : List.of("PT_BR", "ES")) {
            Properties english = load("");
            Properties translated = load(language.equals("ES") ? "_es" : "_pt_BR");
            List<String> phrases = englishPhrases(english, translated);
            for (TestPartner partner : List.of(provider, reseller)) {
                Browser reading = otherBrowser();
                reading.driver.manage().window().setSize(width(language));
                reading.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD);
                reading.switchLanguage(language);
                Set<String> pages = new LinkedHashSet<>();
                for (WebElement link : reading.driver.findElements(By.cssSelector("#menu a, #bell-link"))) {
                    pages.add(link.getAttribute("href"));
                }
                if (partner == provider) {
                    pages.add(base(reading) + "customer/account.xhtml?customer=" + customer);
                    pages.add(base(reading) + "relationship/invitations.xhtml");
                }
                for (String page : pages) {
                    check(reading, page, phrases, english.stringPropertyNames(), found, language, checked);
                }
                if (partner == provider) {
                    // The account's subscription, through the link its subscriptions tab shows.
                    reading.driver.get(base(reading) + "customer/account.xhtml?tab=1&customer=" + customer);
                    String subscription = reading.waitFor(By.cssSelector("a[id$=':manage']")).getAttribute("href");
                    inspect(reading, "account, subscriptions tab", phrases, english.stringPropertyNames(), found, language, checked);
                    check(reading, subscription, phrases, english.stringPropertyNames(), found, language, checked);
                    walkThrough(reading, language, provider, phrases, english.stringPropertyNames(), found, checked);
                }
            }
            Browser area = otherBrowser();
            area.driver.manage().window().setSize(width(language));
            area.signInDirectly(customerAdmin.userName(), FIXTURE_PASSWORD);
            area.switchLanguage(language);
            Set<String> pages = new LinkedHashSet<>();
            for (WebElement link : area.driver.findElements(By.cssSelector("#menu a"))) {
                pages.add(link.getAttribute("href"));
            }
            for (String page : pages) {
                check(area, page, phrases, english.stringPropertyNames(), found, language, checked);
            }
        }

        // The check sees English where there is some: the same page in English is caught.
        Browser control = otherBrowser();
        control.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "customer/customers.xhtml");
        Map<String, List<String>> caught = new TreeMap<>();
        check(control, control.driver.getCurrentUrl(), englishPhrases(load(""), load("_pt_BR")),
                load("").stringPropertyNames(), caught, "EN", new LinkedHashSet<>());
        assertTrue(!caught.isEmpty(), "the English customer list is caught");

        assertTrue(checked.size() >= 24, "the partners' menus, the account, the subscription and the customer area, "
                + "in both languages: " + checked);
        assertEquals(Map.of(), found, "English or message keys on pages in Português or Español");
    }

    /**
     * What the walk-through looks at, each checked as the other pages and kept as a
     * screenshot: Home with its activity, the invitations list, the customer list's expanded row
     * and the new-customer wizard's review with an order.
     */
    private static void walkThrough(Browser reading, String language, TestPartner provider, List<String> phrases,
            Set<String> keys, Map<String, List<String>> found, Set<String> checked) throws IOException {
        String tag = language.equals("ES") ? "es" : "pt-BR";
        reading.go("index.xhtml");
        reading.waitFor(By.id("activity"));
        reading.screenshot("home-" + tag);
        reading.go("relationship/invitations.xhtml");
        reading.waitFor(By.cssSelector("#invitations\\:table .recipient"));
        reading.screenshot("invitations-" + tag);

        reading.go("customer/customers.xhtml");
        reading.expandRow(By.cssSelector("#customers\\:table .ui-row-toggler"), By.cssSelector("#customers\\:table .summary"));
        reading.waitFor(By.id("customers:table:0:open-account"));
        inspect(reading, "customer list, expanded row", phrases, keys, found, language, checked);
        reading.screenshot("customer-list-expanded-" + tag);

        reading.go("customer/new-customer.xhtml");
        reading.type(By.id("details:domainPrefix"), "lang-" + tag.toLowerCase(Locale.ROOT) + "-" + provider.mpnId());
        enterCustomerDetails(reading, "details", "Idioma " + tag + " " + provider.mpnId(), "Brasil",
                "ana@lang.example");
        reading.click(By.id("details:next"));
        reading.type(By.id("subscriptions:offers:2:licenses"), "15");
        reading.click(By.id("subscriptions:next"));
        reading.waitFor(By.id("review:submit"));
        inspect(reading, "new-customer wizard, review", phrases, keys, found, language, checked);
        reading.screenshot("new-customer-review-" + tag);
    }

    private static void check(Browser reading, String page, List<String> phrases, Set<String> keys,
            Map<String, List<String>> found, String language, Set<String> checked) {
        reading.driver.get(page);
        reading.waitFor(By.id("version"));
        inspect(reading, page.replaceFirst("^.*/partnerhub/", ""), phrases, keys, found, language, checked);
    }

    /** The page as it is now: English phrases, message keys, anything cut off. */
    private static void inspect(Browser reading, String what, List<String> phrases, Set<String> keys,
            Map<String, List<String>> found, String language, Set<String> checked) {
        checked.add(language + " " + what);
        String text = (String) ((JavascriptExecutor) reading.driver).executeScript("return document.body.innerText;");
        List<String> english = new ArrayList<>();
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                english.add(phrase);
            }
        }
        Matcher key = KEY_LIKE.matcher(text);
        while (key.find()) {
            if (keys.contains(key.group())) {
                english.add(key.group());
            }
        }
        if (text.contains("???")) {
            english.add("???");
        }
        english.addAll(reading.overflowing());
        if (!english.isEmpty()) {
            found.put(language + " " + what, english);
        }
    }

    /**
     * The English bundle's texts that the language translates, as the pieces between their
     * placeholders ({0}), long enough to be phrases rather than a shared word.
     */
    private static List<String> englishPhrases(Properties english, Properties translated) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key))) {
                continue;
            }
            for (String piece : value.split("\\{[^}]*\\}|\\n")) {
                String phrase = piece.replace("''", "'").trim();
                if (phrase.length() >= PHRASE_LENGTH && phrase.contains(" ") && !translatedHas(translated, phrase)) {
                    phrases.add(phrase);
                }
            }
        }
        return List.copyOf(phrases);
    }

    /** A phrase the translation itself uses (a product name, say) is not English left over. */
    private static boolean translatedHas(Properties translated, String phrase) {
        return translated.values().stream().anyMatch(value -> value.toString().contains(phrase));
    }

    /** The pages' messages and the notification texts in one language ("", "_pt_BR", "_es"). */
    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        for (Path file : List.of(BUNDLES.resolve("messages" + suffix + ".properties"),
                NOTIFICATION_TEXTS.resolve("texts" + suffix + ".properties"))) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Portuguese is read at 1280 pixels wide, Spanish (the longer texts) at 1920: both widths are covered. */
    private static Dimension width(String language) {
        return language.equals("ES") ? new Dimension(1920, 1080) : new Dimension(1280, 800);
    }

    private static String base(Browser reading) {
        String current = reading.driver.getCurrentUrl();
        return current.substring(0, current.indexOf("/partnerhub/") + "/partnerhub/".length());
    }
}
