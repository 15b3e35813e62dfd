package org.partnerhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerhub.shared.CountryCode;
import org.partnerhub.shared.Language;
import org.partnerhub.web.shell.Countries.Country;

class CountriesTest {

    private final Countries cut = new Countries();

    @Test
    void everyCodeTheServicesAcceptIsOfferedOnceWithAName() {
        List<Country> offered = cut.listing(Language.ES.locale()).sorted();

        assertEquals(Locale.getISOCountries().length, offered.size());
        assertTrue(offered.stream().allMatch(country -> CountryCode.Validator.isCountry(country.code())));
        assertEquals(offered.size(), offered.stream().map(Country::code).distinct().count());
    }

    @Test
    void namesAreInThePagesLanguage() {
        assertEquals("Germany", cut.listing(Language.EN.locale()).names().get("DE"));
        assertEquals("Alemanha", cut.listing(Language.PT_BR.locale()).names().get("DE"));
        assertEquals("Alemania", cut.listing(Language.ES.locale()).names().get("DE"));
        assertEquals("España", cut.listing(Language.ES.locale()).names().get("ES"));
    }

    @Test
    void countriesAreSortedAsTheLanguageSortsNotByCharacterCode() {
        List<String> names = cut.listing(Language.PT_BR.locale()).sorted().stream().map(Country::name).toList();

        // África do Sul sorts among the A's; by character code Á would come after Zâmbia.
        assertTrue(names.indexOf("África do Sul") < names.indexOf("Alemanha"), names.toString());
        assertTrue(names.indexOf("Brasil") < names.indexOf("Zâmbia"), names.toString());
    }

    @Test
    void aStoredCodeIsShownByNameAndWhatIsNoCountryAsItIs() {
        cut.languageSwitch = new LanguageSwitch() {
            @Override
            public Locale getLocale() {
                return Language.PT_BR.locale();
            }
        };

        assertEquals("Brasil", cut.name("BR"));
        assertEquals("", cut.name(null));
        assertEquals("XX", cut.name("XX"));
    }

    @Test
    void aLanguagesListIsBuiltOnce() {
        assertSame(cut.listing(Language.PT_BR.locale()), cut.listing(Language.PT_BR.locale()));
    }
}
