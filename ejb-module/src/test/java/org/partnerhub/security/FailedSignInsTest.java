package org.partnerhub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 2, 9, 0);

    private final FailedSignIns account = new FailedSignIns(FailedSignIns.accountKey(" Ana@Contoso.example "), START);

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertFalse(account.failed(START.plusMinutes(i), FailedSignIns.ACCOUNT_LIMIT));
        }
        assertFalse(account.isLockedAt(START.plusMinutes(4)));
        assertTrue(account.failed(START.plusMinutes(4), FailedSignIns.ACCOUNT_LIMIT));
        assertTrue(account.isLockedAt(START.plusMinutes(4)));
        assertEquals(15, account.minutesLeftAt(START.plusMinutes(4)));
        assertEquals(1, account.minutesLeftAt(START.plusMinutes(18).plusSeconds(30)));
        assertTrue(account.isLockedAt(START.plusMinutes(19).minusSeconds(1)));
        assertFalse(account.isLockedAt(START.plusMinutes(19)));
        assertEquals(0, account.minutesLeftAt(START.plusMinutes(19)));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        for (int i = 0; i < 20; i++) {
            assertFalse(account.failed(START.plusMinutes(4L * i), FailedSignIns.ACCOUNT_LIMIT),
                    "failure " + i);
        }
    }

    @Test
    void whenTheLockEndsCountingStartsAfresh() {
        for (int i = 0; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            account.failed(START, FailedSignIns.ACCOUNT_LIMIT);
        }
        LocalDateTime after = START.plus(FailedSignIns.LOCK);
        assertFalse(account.failed(after, FailedSignIns.ACCOUNT_LIMIT));
        assertFalse(account.isLockedAt(after));
        assertEquals(1, account.getFailures());
    }

    @Test
    void failuresDuringTheLockAreNotCounted() {
        for (int i = 0; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            account.failed(START, FailedSignIns.ACCOUNT_LIMIT);
        }
        assertFalse(account.failed(START.plusMinutes(5), FailedSignIns.ACCOUNT_LIMIT));
        assertFalse(account.isLockedAt(START.plus(FailedSignIns.LOCK)), "the lock is not made longer");
    }

    @Test
    void anAccountIsKnownByItsNameWithoutCaseOrBlanks() {
        assertEquals("account:ana@contoso.example", account.getKey());
        assertEquals(FailedSignIns.accountKey("ANA@contoso.example"), account.getKey());
    }
}
