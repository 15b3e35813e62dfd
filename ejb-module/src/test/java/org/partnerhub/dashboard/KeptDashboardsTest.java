package org.partnerhub.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptDashboardsTest {

    private final KeptDashboards cut = new KeptDashboards();
    private final AtomicInteger countsAgain = new AtomicInteger();
    private long now;

    KeptDashboardsTest() {
        cut.clock = () -> now;
    }

    @Test
    void aSmallPartnerIsCountedAtEveryVisit() {
        cut.keep(1, withCustomers(9_999));

        assertEquals(Optional.empty(), cut.of(1, countsAgain::incrementAndGet));
    }

    @Test
    void aLargePartnerSeesItsLastCountWhileItIsFresh() {
        Dashboard counted = cut.keep(1, withCustomers(90_000));
        now += KeptDashboards.FRESH.toNanos();

        assertSame(counted, cut.of(1, countsAgain::incrementAndGet).orElseThrow());
        assertEquals(0, countsAgain.get(), "five minutes old is still fresh");
        assertEquals(Optional.empty(), cut.of(2, countsAgain::incrementAndGet), "each partner has its own");
    }

    @Test
    void anOldCountIsShownWhileOneNewCountRunsThenTheNewOne() {
        Dashboard old = cut.keep(1, withCustomers(90_000));
        now += KeptDashboards.FRESH.toNanos() + 1;

        assertSame(old, cut.of(1, countsAgain::incrementAndGet).orElseThrow());
        assertSame(old, cut.of(1, countsAgain::incrementAndGet).orElseThrow());
        assertEquals(1, countsAgain.get(), "counted again once, not once per visit");

        Dashboard recounted = cut.keep(1, withCustomers(90_100));
        assertSame(recounted, cut.of(1, countsAgain::incrementAndGet).orElseThrow());
    }

    @Test
    void aFailedCountLetsTheNextVisitTryAgain() {
        cut.keep(1, withCustomers(90_000));
        now += KeptDashboards.FRESH.toNanos() + 1;
        cut.of(1, countsAgain::incrementAndGet);

        cut.countingFailed(1);
        cut.of(1, countsAgain::incrementAndGet);

        assertEquals(2, countsAgain.get());
    }

    @Test
    void aPartnerThatBecameSmallIsCountedAtEveryVisitAgain() {
        cut.keep(1, withCustomers(10_000));
        cut.keep(1, withCustomers(9_000));

        assertEquals(Optional.empty(), cut.of(1, countsAgain::incrementAndGet));
    }

    private static Dashboard withCustomers(long customers) {
        return new Dashboard(new Trend(customers, 0, 0), Trend.NONE, Trend.NONE, Trend.NONE, List.of(), List.of(),
                List.of(), List.of(), LocalDateTime.now());
    }
}
