package org.partnerhub.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Dashboards of large partners, kept on this server. Counting a distributor's 100,000 customers
 * and 1,000,000 subscriptions takes the database over a second (bench/home-page.sh), too long
 * for every visit to Home: a partner with {@value #LARGE} customers or more is shown the
 * dashboard counted for it last, and when that is more than five minutes old it is counted
 * again in the background meanwhile, once at a time. Smaller partners are counted at every
 * visit: that is cheap, and their figures are exact the moment they add a customer. The same
 * threshold and age as the customer list's "about" counts.
 */
@ApplicationScoped
public class KeptDashboards {

    static final long LARGE = 10_000;
    static final Duration FRESH = Duration.ofMinutes(5);
    private static final int MAX_KEPT = 10_000;

    private record Kept(Dashboard dashboard, long at) {
    }

    /** This server's monotonic clock, in nanoseconds; a test moves its own. */
    LongSupplier clock = System::nanoTime;

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    private final Set<Long> counting = ConcurrentHashMap.newKeySet();

    /**
     * The partner's kept dashboard, if it is large; when that is no longer fresh, {@code countAgain}
     * runs first (unless a count for the partner is running already).
     */
    Optional<Dashboard> of(long partnerId, Runnable countAgain) {
        Kept found = kept.get(partnerId);
        if (found == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() - found.at() > FRESH.toNanos() && counting.add(partnerId)) {
            countAgain.run();
        }
        return Optional.of(found.dashboard());
    }

    /** Keeps a new count if the partner is large (forgets the last one if it no longer is); returns it. */
    Dashboard keep(long partnerId, Dashboard dashboard) {
        if (dashboard.customers().now() >= LARGE) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(partnerId, new Kept(dashboard, clock.getAsLong()));
        } else {
            kept.remove(partnerId);
        }
        counting.remove(partnerId);
        return dashboard;
    }

    /** A background count ended without a result: the next visit may try again. */
    void countingFailed(long partnerId) {
        counting.remove(partnerId);
    }
}
