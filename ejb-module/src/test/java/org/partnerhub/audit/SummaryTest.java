package org.partnerhub.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void aSummaryReadsBackAsItWasWritten() {
        Summary written = Summary.of("order", 2, 15)
                .and("creditedTo", "Fabrikam (1234567)")
                .and("adminRelationship", "Helpdesk", Summary.words("adminRole.", List.of("USER_ADMINISTRATOR", "HELPDESK_ADMINISTRATOR")), 90)
                .and("validUntil", LocalDate.of(2026, 12, 31))
                .and("boughtByCustomer");

        Summary read = Summary.decoded(written.encoded(), null);

        assertEquals(written, read);
        assertEquals(List.of("adminRole.USER_ADMINISTRATOR", "adminRole.HELPDESK_ADMINISTRATOR"),
                read.phrases().get(2).arguments().get(1).keys());
        assertEquals(Summary.Kind.DATE, read.phrases().get(3).arguments().get(0).kind());
        assertEquals(List.of(), read.phrases().get(4).arguments());
    }

    @Test
    void separatorsTypedIntoANameCannotSplitTheStoredForm() {
        Summary written = Summary.of("customer", "Odd\u001Fname\u001D\u001E");

        Summary read = Summary.decoded(written.encoded(), null);

        assertEquals("Oddname", read.phrases().get(0).arguments().get(0).value());
        assertEquals(1, read.phrases().size());
    }

    @Test
    void anOlderEventKeepsItsStoredText() {
        Summary read = Summary.decoded(null, "1 subscription(s), 7 license(s)");

        assertNull(read.phrases().get(0).code());
        assertEquals("1 subscription(s), 7 license(s)", read.phrases().get(0).arguments().get(0).value());
        assertNull(Summary.decoded(null, null));
        assertNull(Summary.stored("kept").encoded(), "a stored text is never written as phrases");
    }

    @Test
    void aLongTextIsShortenedAndASummaryLongerThanTheColumnLosesItsLastPhrasesNotItsShape() {
        Summary one = Summary.of("reason", "x".repeat(1500));
        assertEquals("x".repeat(Summary.TEXT_LENGTH - 1) + "…",
                Summary.decoded(one.encoded(), null).phrases().get(0).arguments().get(0).value());

        Summary seven = one.and("reason", "a").and("reason", "b").and("reason", "c".repeat(500))
                .and("reason", "d".repeat(500)).and("reason", "e".repeat(500)).and("reason", "f".repeat(500));
        Summary kept = Summary.decoded(seven.encoded(), null);

        assertEquals(List.of("reason", "reason", "reason", "reason", "reason", "reason"),
                kept.phrases().stream().map(Summary.Phrase::code).toList(), "what fits in 2,000 characters, whole");
        assertEquals(true, seven.encoded().length() <= Summary.STORED_LENGTH);
    }
}
