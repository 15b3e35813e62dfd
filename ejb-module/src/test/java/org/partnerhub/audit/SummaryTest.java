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
    void aSummaryLongerThanTheColumnLosesItsLastPhrasesNotItsShape() {
        Summary written = Summary.of("customer", "x".repeat(1500)).and("creditedTo", "y".repeat(600));

        String stored = written.encoded();

        assertEquals(Summary.of("customer", "x".repeat(1500)), Summary.decoded(stored, null));
    }
}
