package org.partnerhub.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FarPagesTest {

    private final FarPages farPages = new FarPages();
    /** The rows the list's "database" was asked after: null for the start. */
    private final List<Long> askedAfter = new ArrayList<>();

    @Test
    void theBlocksBeforeAFarPageAreFoundOnceInOrderAndKept() {
        assertEquals(Optional.of(anchor(3000)), farPages.before("list", 3, this::lastOfBlockAfter));
        assertEquals(Arrays.asList(null, 1000L, 2000L), askedAfter, "each block from the one before");

        askedAfter.clear();
        assertEquals(Optional.of(anchor(2000)), farPages.before("list", 2, this::lastOfBlockAfter));
        assertTrue(askedAfter.isEmpty(), "a nearer page asks nothing");
        assertEquals(Optional.of(anchor(5000)), farPages.before("list", 5, this::lastOfBlockAfter));
        assertEquals(List.of(3000L, 4000L), askedAfter, "a farther one only for the blocks not noted yet");
    }

    @Test
    void aListShorterThanThePageHasNoAnchorForIt() {
        assertEquals(Optional.empty(), farPages.before("list", 12, this::lastOfBlockAfter));
        assertEquals(Optional.of(anchor(9000)), farPages.before("other list", 9, this::lastOfBlockAfter),
                "each list has its own");
    }

    /** A list of 10,500 rows, whose row n has the key n. */
    private FarPages.Anchor lastOfBlockAfter(FarPages.Anchor previous) {
        askedAfter.add(previous == null ? null : previous.customerId());
        long last = (previous == null ? 0 : previous.customerId()) + FarPages.EVERY;
        return last > 10_500 ? null : anchor(last);
    }

    private static FarPages.Anchor anchor(long row) {
        return new FarPages.Anchor("key " + row, row);
    }
}
