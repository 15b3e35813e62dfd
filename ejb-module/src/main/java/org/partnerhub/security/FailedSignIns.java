package org.partnerhub.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The failed sign-ins of one account or one client address within the current window. The
 * failure that reaches its limit ({@link #ACCOUNT_LIMIT} or {@link #ADDRESS_LIMIT}) within
 * {@link #WINDOW} locks it for {@link #LOCK}; when a window or a lock is over, counting starts
 * afresh. Unknown accounts are counted like real ones, so a lock
 * tells nobody whether an account exists.
 */
@Entity
@Table(name = "sign_in_throttle")
public class FailedSignIns {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Failures an account may have in a window: enough for typos, far too few for guessing. */
    public static final int ACCOUNT_LIMIT = 5;
    /**
     * Failures one client address may have in a window, over all the accounts it tries: higher,
     * because one office behind one address has many people who mistype.
     */
    public static final int ADDRESS_LIMIT = 50;

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected FailedSignIns() {
        // for JPA
    }

    /** No failure yet for this key ({@link #accountKey} or {@link #addressKey}). */
    public FailedSignIns(String key, LocalDateTime now) {
        this.key = key;
        this.windowStart = now;
    }

    /** The key of an account: its sign-in name as typed, without case or surrounding blanks. */
    public static String accountKey(String signInName) {
        return ACCOUNT + truncated(signInName.trim().toLowerCase());
    }

    public static String addressKey(String clientAddress) {
        return ADDRESS + truncated(clientAddress);
    }

    private static String truncated(String value) {
        return value.length() > 250 ? value.substring(0, 250) : value;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whole minutes, at least 1, until the lock ends; 0 when not locked. */
    public long minutesLeftAt(LocalDateTime now) {
        if (!isLockedAt(now)) {
            return 0;
        }
        long seconds = Duration.between(now, lockedUntil).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    /** Counts a failure; returns whether this failure started a lock. */
    public boolean failed(LocalDateTime now, int limit) {
        Objects.requireNonNull(now, "now");
        if (isLockedAt(now)) {
            return false; // already locked: nothing was checked, nothing to count
        }
        if (lockedUntil != null || !now.isBefore(windowStart.plus(WINDOW))) {
            lockedUntil = null;
            failures = 0;
            windowStart = now;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
            return true;
        }
        return false;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }
}
