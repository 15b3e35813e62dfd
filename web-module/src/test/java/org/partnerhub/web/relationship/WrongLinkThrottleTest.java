package org.partnerhub.web.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WrongLinkThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final WrongLinkThrottle throttle = new WrongLinkThrottle(clock);

    @Test
    void anAddressIsTurnedAwayAfterFiveMistakesUntilTheWindowHasPassedSinceTheLast() {
        for (int i = 0; i < WrongLinkThrottle.ALLOWED - 1; i++) {
            throttle.mistake("10.0.0.1");
        }
        assertFalse(throttle.isTurnedAway("10.0.0.1"));
        throttle.mistake("10.0.0.1");
        assertTrue(throttle.isTurnedAway("10.0.0.1"));
        assertFalse(throttle.isTurnedAway("10.0.0.2"), "other addresses are not affected");
        assertEquals(15, throttle.minutesToWait("10.0.0.1"));

        clock.pass(Duration.ofMinutes(14));
        assertTrue(throttle.isTurnedAway("10.0.0.1"));
        assertEquals(1, throttle.minutesToWait("10.0.0.1"));
        clock.pass(Duration.ofMinutes(1));
        assertFalse(throttle.isTurnedAway("10.0.0.1"));

        throttle.mistake("10.0.0.1");
        assertFalse(throttle.isTurnedAway("10.0.0.1"), "a mistake after the window starts a new count");
    }

    @Test
    void mistakesSpreadWiderThanTheWindowNeverAddUp() {
        for (int i = 0; i < 20; i++) {
            throttle.mistake("10.0.0.3");
            clock.pass(WrongLinkThrottle.WINDOW);
        }
        assertFalse(throttle.isTurnedAway("10.0.0.3"));
    }

    @Test
    void memoryStaysBoundedWhenManyAddressesMakeMistakes() {
        for (int i = 0; i < WrongLinkThrottle.MAX_ADDRESSES + 10; i++) {
            throttle.mistake("addr-" + i);
        }
        for (int i = 0; i < WrongLinkThrottle.ALLOWED; i++) {
            throttle.mistake("10.0.0.4");
        }
        assertTrue(throttle.isTurnedAway("10.0.0.4"));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
