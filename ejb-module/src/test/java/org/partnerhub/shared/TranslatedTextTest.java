package org.partnerhub.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslatedTextTest {

    private final TranslatedText cut = new TranslatedText("Business email", "Email corporativo", " ");

    @Test
    void eachLanguageReadsItsOwnTextAndEnglishWhereItHasNone() {
        assertEquals("Business email", cut.in(Language.EN));
        assertEquals("Email corporativo", cut.in(Language.PT_BR));
        assertEquals("Business email", cut.in(Language.ES), "a blank translation is none");
    }

    @Test
    void aLocaleReadsTheClosestLanguage() {
        assertEquals("Email corporativo", cut.in(Locale.forLanguageTag("pt-PT")));
        assertEquals("Business email", cut.in(Locale.GERMAN));
    }

    @Test
    void aMessageGetsItsTranslatedArgumentsInItsLanguageAndTheOthersAsTheyAre() {
        assertArrayEquals(new Object[] {"Email corporativo", 3}, TranslatedText.arguments(new Object[] {cut, 3}, Language.PT_BR.locale()));
    }

    @Test
    void aSearchFindsTheTextInAnyOfItsLanguages() {
        assertTrue(cut.contains("corporativo"));
        assertTrue(cut.contains("business"));
        assertFalse(cut.contains("correo"));
    }
}
