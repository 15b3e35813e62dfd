package org.partnerhub.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.shared.Language;

class ProfileChangeTest {

    private static Validator validator;
    private static Locale defaultLocale;

    @BeforeAll
    static void englishValidator() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "1000001", "9876543210"})
    void anMpnIdIsSixToTenDigits(String mpnId) {
        assertTrue(MpnId.Validator.isWellFormed(mpnId));
        assertTrue(problems(valid(c -> c.setMpnId(mpnId))).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12345678901", "12 3456", "ABC1234", "１２３４５６７", "-123456"})
    void anythingElseIsNotAnMpnId(String mpnId) {
        assertFalse(MpnId.Validator.isWellFormed(mpnId));
        assertEquals(Set.of("mpnId: An MPN ID has 6 to 10 digits and nothing else."),
                problems(valid(c -> c.setMpnId(mpnId))));
    }

    @Test
    void emptyTooLongAndMalformedFieldsEachGetTheirOwnMessage() {
        ProfileChange change = valid(c -> {
            c.setName(" ");
            c.setCountry("Brazil");
            c.setContactEmail("partners-at-contoso");
            c.setWebsite("contoso.example");
            c.setDefaultLanguage(null);
        });
        change.setMpnId("x".repeat(121));

        assertEquals(Set.of(
                "name: Required.",
                "country: Enter a two-letter ISO country code such as US or BR.",
                "contactEmail: Enter an email address such as name@example.com.",
                "website: Enter an address starting with http:// or https://.",
                "defaultLanguage: Required.",
                "mpnId: An MPN ID has 6 to 10 digits and nothing else."), problems(change));
    }

    @Test
    void aNameOfMoreThan120CharactersIsRefused() {
        assertEquals(Set.of("name: At most 120 characters."), problems(valid(c -> c.setName("n".repeat(121)))));
    }

    @Test
    void theWebsiteIsOptional() {
        assertTrue(problems(valid(c -> c.setWebsite(null))).isEmpty());
    }

    private static ProfileChange valid(java.util.function.Consumer<ProfileChange> edit) {
        ProfileChange change = new ProfileChange();
        change.setName("Contoso Distribution");
        change.setMpnId("1000001");
        change.setCountry("US");
        change.setContactEmail("partners@contoso.example");
        change.setWebsite("https://contoso.example");
        change.setDefaultLanguage(Language.EN);
        edit.accept(change);
        return change;
    }

    private static Set<String> problems(ProfileChange change) {
        return validator.validate(change).stream()
                .map((ConstraintViolation<ProfileChange> v) -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }
}
