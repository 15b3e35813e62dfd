package org.partnerhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Countries by name in the page's language, while forms, services and the API keep the ISO
 * 3166-1 alpha-2 code: {@code #{countries.all}} for a list to choose from,
 * {@code #{countries.name(code)}} wherever a page shows a stored country. The codes are the ones
 * the services accept ({@code @CountryCode} reads the same {@link Locale#getISOCountries()}), so
 * every choice passes their check and every stored code has a name.
 */
@Named
@ApplicationScoped
public class Countries {

    @Inject
    LanguageSwitch languageSwitch;

    /** Built once per language (the switch offers three), not on every page that shows one. */
    private final Map<Locale, Listing> listings = new ConcurrentHashMap<>();

    /** Every country, sorted by name as the page's language sorts: Åland Islands beside Albania, not after Zimbabwe. */
    public List<Country> getAll() {
        return listing(languageSwitch.getLocale()).sorted();
    }

    /** The country's name in the page's language; nothing for none, and a code no country has as it is. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return listing(languageSwitch.getLocale()).names().getOrDefault(code, code);
    }

    Listing listing(Locale locale) {
        return listings.computeIfAbsent(locale, Countries::list);
    }

    private static Listing list(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Country> sorted = Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
        return new Listing(sorted, sorted.stream().collect(Collectors.toUnmodifiableMap(Country::code, Country::name)));
    }

    /** A country as a form offers it: the code it stores, the name it shows. */
    public record Country(String code, String name) {
    }

    record Listing(List<Country> sorted, Map<String, String> names) {
    }
}
