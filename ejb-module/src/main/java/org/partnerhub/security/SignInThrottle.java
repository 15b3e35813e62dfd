package org.partnerhub.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts failed sign-ins per account and per client address in the database, in the caller's
 * transaction (so every server of a cluster sees the same counts). An attempt first locks its
 * account's row, creating it if need be: guesses at one account are answered one after the
 * other, so parallel guesses cannot slip past the limit.
 */
@ApplicationScoped
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    /** Starts an attempt to sign in as {@code signInName}; the client address may be null. */
    public Attempt begin(String signInName, String clientAddress, LocalDateTime now) {
        FailedSignIns account = lockedOrNew(FailedSignIns.accountKey(signInName), now);
        FailedSignIns address = clientAddress == null ? null
                : em.find(FailedSignIns.class, FailedSignIns.addressKey(clientAddress));
        return new Attempt(account, clientAddress, address, now);
    }

    /**
     * The row of this key, locked for the rest of the transaction, or a new one. A parallel first
     * failure under the same key makes this flush fail, and its transaction with it: that attempt
     * is refused (by the caller's handling of the failed call) without being counted.
     */
    private FailedSignIns lockedOrNew(String key, LocalDateTime now) {
        FailedSignIns row = em.find(FailedSignIns.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new FailedSignIns(key, now);
            em.persist(row);
            em.flush();
        }
        return row;
    }

    /** Which of these sign-in names are locked now. */
    public Set<String> lockedAmong(Collection<String> signInNames, LocalDateTime now) {
        Map<String, String> nameByKey = signInNames.stream()
                .collect(Collectors.toMap(FailedSignIns::accountKey, name -> name, (one, same) -> one));
        if (nameByKey.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select f from FailedSignIns f where f.key in :keys and f.lockedUntil > :now",
                        FailedSignIns.class)
                .setParameter("keys", List.copyOf(nameByKey.keySet()))
                .setParameter("now", now)
                .getResultStream()
                .map(locked -> nameByKey.get(locked.getKey()))
                .collect(Collectors.toSet());
    }

    /** Forgets an account's failures and lifts its lock; whether it was locked. */
    public boolean unlock(String signInName, LocalDateTime now) {
        FailedSignIns account = em.find(FailedSignIns.class, FailedSignIns.accountKey(signInName),
                LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return false;
        }
        boolean locked = account.isLockedAt(now);
        em.remove(account);
        return locked;
    }

    /** Removes what no longer matters: windows that are over and locks that have ended. */
    public int prune(LocalDateTime now) {
        return em.createQuery("""
                        delete from FailedSignIns f
                        where f.windowStart < :windowOver and (f.lockedUntil is null or f.lockedUntil <= :now)""")
                .setParameter("windowOver", now.minus(FailedSignIns.WINDOW))
                .setParameter("now", now)
                .executeUpdate();
    }

    /** One sign-in attempt: whether it may go ahead, and what its outcome does to the counts. */
    public final class Attempt {

        private final FailedSignIns account;
        private final String clientAddress;
        private final FailedSignIns address;
        private final LocalDateTime now;

        private Attempt(FailedSignIns account, String clientAddress, FailedSignIns address, LocalDateTime now) {
            this.account = account;
            this.clientAddress = clientAddress;
            this.address = address;
            this.now = now;
        }

        /** Whether the account or the address waits: then no password is checked. */
        public boolean isLocked() {
            return account.isLockedAt(now) || (address != null && address.isLockedAt(now));
        }

        public long minutesToWait() {
            return Math.max(account.minutesLeftAt(now), address == null ? 0 : address.minutesLeftAt(now));
        }

        /** Counts the failure against the account and the address; whether the account is now locked. */
        public boolean failed() {
            if (clientAddress != null) {
                lockedOrNew(FailedSignIns.addressKey(clientAddress), now).failed(now, FailedSignIns.ADDRESS_LIMIT);
            }
            return account.failed(now, FailedSignIns.ACCOUNT_LIMIT);
        }

        /** A right password clears the account's count; the address keeps its own. */
        public void succeeded() {
            em.remove(account);
        }
    }
}
