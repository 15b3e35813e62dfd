package org.partnerhub.web.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing on the public acceptance page: an address that brought {@value #ALLOWED}
 * wrong links or wrong customer admin passwords within {@link #WINDOW} is turned away until
 * the window has passed since its last mistake. The count lives in this server's memory only:
 * a restart forgets it, and each node of a cluster counts on its own, which still caps guessing
 * far below what a 256-bit token would need.
 */
@ApplicationScoped
public class WrongLinkThrottle {

    static final int ALLOWED = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many addresses the oldest mistakes are forgotten first, so memory stays bounded. */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Mistakes> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public WrongLinkThrottle() {
        this(Clock.systemUTC());
    }

    WrongLinkThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether the address must wait; while it waits, it is told so and nothing is checked. */
    public boolean isTurnedAway(String address) {
        Mistakes mistakes = byAddress.get(address);
        return mistakes != null && mistakes.count >= ALLOWED && !mistakes.isOver(clock.instant());
    }

    /** Minutes (at least 1) until the address may try again. */
    public long minutesToWait(String address) {
        Mistakes mistakes = byAddress.get(address);
        if (mistakes == null) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), mistakes.last.plus(WINDOW));
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    public void mistake(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES) {
            forgetOver(now);
        }
        byAddress.compute(address, (key, mistakes) -> mistakes == null || mistakes.isOver(now)
                ? new Mistakes(1, now) : new Mistakes(mistakes.count + 1, now));
    }

    private void forgetOver(Instant now) {
        for (Iterator<Mistakes> it = byAddress.values().iterator(); it.hasNext(); ) {
            if (it.next().isOver(now)) {
                it.remove();
            }
        }
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.clear(); // a flood of addresses: start over rather than grow without end
        }
    }

    private record Mistakes(int count, Instant last) {
        boolean isOver(Instant now) {
            return !now.isBefore(last.plus(WINDOW));
        }
    }
}
