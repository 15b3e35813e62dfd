package org.partnerhub.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SealedAnswersTest {

    private static final String ANSWER = "{\"userCredentials\":{\"password\":\"Temp-Pass-123\"}}";
    private static final String REQUEST_ID = "7c1f3e0a-5b8d-4f6e-9a2b-3c4d5e6f7a8b";

    @Test
    void aSealedAnswerOpensWithItsRequestIdOnlyAndHoldsNeitherTheAnswerNorTheId() {
        String sealed = SealedAnswers.seal(ANSWER, REQUEST_ID);

        assertEquals(ANSWER, SealedAnswers.open(sealed, REQUEST_ID));
        assertFalse(sealed.contains("Temp-Pass-123"));
        assertThrows(IllegalStateException.class, () -> SealedAnswers.open(sealed, REQUEST_ID + "x"));
        assertNotEquals(sealed, SealedAnswers.seal(ANSWER, REQUEST_ID), "a new nonce every time");
    }

    @Test
    void theLookupIsOneWayAndTheSameForTheSameId() {
        String lookup = SealedAnswers.lookup(REQUEST_ID);

        assertEquals(lookup, SealedAnswers.lookup(REQUEST_ID));
        assertNotEquals(lookup, SealedAnswers.lookup(REQUEST_ID.toUpperCase()));
        assertFalse(lookup.contains(REQUEST_ID));
        assertEquals(64, lookup.length());
    }
}
