package org.partnerhub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordTest {

    @Test
    void aTemporaryPasswordIsLongMixedAndFreeOfLookAlikeCharacters() {
        String cut = TemporaryPassword.generate().value();

        assertEquals(16, cut.length());
        assertTrue(cut.chars().anyMatch(Character::isLetter));
        assertTrue(cut.chars().anyMatch(Character::isDigit));
        assertFalse(cut.matches(".*[0O1lI].*"), cut);
    }

    @Test
    void temporaryPasswordsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(TemporaryPassword.generate().value()));
        }
    }

    @Test
    void aTemporaryPasswordNeverShowsInItsStringForm() {
        TemporaryPassword cut = TemporaryPassword.generate();

        assertFalse(cut.toString().contains(cut.value()));
    }
}
