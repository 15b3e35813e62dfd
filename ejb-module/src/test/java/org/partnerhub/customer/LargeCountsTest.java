package org.partnerhub.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LargeCountsTest {

    private final LargeCounts counts = new LargeCounts();
    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void aSmallListIsCountedExactlyEveryTime() {
        assertEquals(new CustomerCount(9_999, false), counts.of("partner 1", () -> count(9_999)));
        assertEquals(new CustomerCount(10, false), counts.of("partner 1", () -> count(10)));
        assertEquals(2, counted.get());
    }

    @Test
    void aLargeListIsCountedOnceAndThenSaidToBeAboutThatLarge() {
        assertEquals(new CustomerCount(90_025, false), counts.of("partner 1", () -> count(90_025)));
        assertEquals(new CustomerCount(90_025, true), counts.of("partner 1", () -> count(90_026)));
        assertEquals(1, counted.get(), "the second page view did not count again");
        assertEquals(new CustomerCount(5, false), counts.of("partner 2", () -> count(5)), "each list has its own count");
    }

    private long count(long rows) {
        counted.incrementAndGet();
        return rows;
    }
}
