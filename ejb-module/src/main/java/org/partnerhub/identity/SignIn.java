package org.partnerhub.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.customer.Customer;
import org.partnerhub.customeruser.CustomerUser;

/**
 * Checks the credentials of a partner user or of a customer admin (whose user name ends in the
 * customers' domain) and records the outcome. Anyone may call it: it is what turns an anonymous
 * caller into a signed-in one, so every way it refuses costs the same time and says the same,
 * and failures are counted ({@link SignInThrottle}) and audited.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottle throttle;

    /** Signs in from the given client address (null when unknown). */
    public SignInOutcome signIn(String name, char[] password, String clientAddress) {
        if (name == null || name.isBlank() || password == null || password.length == 0) {
            return new SignInOutcome.Refused();
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        SignInThrottle.Attempt attempt = throttle.begin(name, clientAddress, now);
        if (attempt.isLocked()) {
            hashing.verifyDecoy(password); // a lock costs what a check costs: it tells nothing either
            return new SignInOutcome.Locked(attempt.minutesToWait());
        }
        String normalized = name.trim().toLowerCase();
        boolean customerAdmin = normalized.endsWith(Customer.DOMAIN_SUFFIX);
        Optional<SignedInCaller> caller = customerAdmin ? customerAdmin(normalized, password)
                : partnerUser(normalized, password);
        if (caller.isPresent()) {
            attempt.succeeded();
            return new SignInOutcome.SignedIn(caller.get());
        }
        boolean lockedNow = attempt.failed();
        recordFailure(normalized, customerAdmin, clientAddress, lockedNow);
        return lockedNow ? new SignInOutcome.Locked(attempt.minutesToWait()) : new SignInOutcome.Refused();
    }

    /**
     * The caller as it stands now: the same while its credentials are unchanged, read again after
     * its roles changed, empty once it may no longer sign in (deactivated, blocked, removed).
     * Called on every request of a signed-in session, so it reads one number in the usual case.
     */
    public Optional<SignedInCaller> current(SignedInCaller caller) {
        if (caller.isCustomerAdmin()) {
            return em.createQuery("""
                            select count(u) from CustomerUser u
                            where u.userName = :name and u.administrator = true and u.blocked = false""", Long.class)
                    .setParameter("name", caller.name())
                    .getSingleResult() > 0 ? Optional.of(caller) : Optional.empty();
        }
        Optional<Long> version = em.createQuery(
                        "select u.credentialsVersion from PartnerUser u where u.email = :email and u.active = true",
                        Long.class)
                .setParameter("email", caller.name())
                .getResultStream().findFirst();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        if (version.get() == caller.credentialsVersion()) {
            return Optional.of(caller);
        }
        return activePartnerUser(caller.name()).map(SignIn::callerOf);
    }

    private Optional<SignedInCaller> partnerUser(String email, char[] password) {
        Optional<PartnerUser> user = activePartnerUser(email);
        if (user.isEmpty()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        PartnerUser found = user.get();
        if (!found.hasPassword(hashing, password)) {
            return Optional.empty();
        }
        em.persist(new AuditEvent(found.getEmail(), found.getPartner().getId(), AuditAction.SIGNED_IN,
                found.getEmail(), null));
        return Optional.of(callerOf(found));
    }

    private Optional<SignedInCaller> customerAdmin(String userName, char[] password) {
        Optional<CustomerUser> user = customerUser(userName);
        // Unknown, blocked and non-admin users all cost one hash check, as a wrong password does.
        if (user.isEmpty()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        if (!user.get().isAdministratorWith(password, hashing)) {
            return Optional.empty();
        }
        em.persist(new AuditEvent(user.get().getUserName(), null, AuditAction.SIGNED_IN,
                user.get().getCustomer().domain(), "customer area"));
        return Optional.of(new SignedInCaller(user.get().getUserName(), Set.of(Roles.CUSTOMER_ADMIN), 0,
                null));
    }

    /** An audit event for a known account (of its partner) and a log line; never the password. */
    private void recordFailure(String name, boolean customerAdmin, String clientAddress, boolean lockedNow) {
        String from = clientAddress == null ? "" : "from " + clientAddress;
        if (customerAdmin) {
            customerUser(name).ifPresent(user -> audit(user.getUserName(), null, from, lockedNow));
        } else {
            em.createQuery("select u from PartnerUser u where u.email = :email", PartnerUser.class)
                    .setParameter("email", name)
                    .getResultStream().findFirst()
                    .ifPresent(user -> audit(user.getEmail(), user.getPartner().getId(), from, lockedNow));
        }
        LOG.warning(() -> "Sign-in failed for " + printable(name) + " " + printable(from)
                + (lockedNow ? "; the account waits " + FailedSignIns.LOCK.toMinutes() + " minutes" : ""));
    }

    private void audit(String account, Long partnerId, String from, boolean lockedNow) {
        em.persist(new AuditEvent(account, partnerId, AuditAction.SIGN_IN_FAILED, account, from));
        if (lockedNow) {
            em.persist(new AuditEvent(account, partnerId, AuditAction.SIGN_IN_LOCKED, account,
                    FailedSignIns.ACCOUNT_LIMIT + " failures within " + FailedSignIns.WINDOW.toMinutes() + " minutes"));
        }
    }

    private Optional<PartnerUser> activePartnerUser(String email) {
        return em.createQuery("select u from PartnerUser u where u.email = :email and u.active = true",
                        PartnerUser.class)
                .setParameter("email", PartnerUser.normalizedEmail(email))
                .getResultStream()
                .findFirst();
    }

    private Optional<CustomerUser> customerUser(String userName) {
        return em.createQuery("select u from CustomerUser u join fetch u.customer where u.userName = :name",
                        CustomerUser.class)
                .setParameter("name", userName)
                .getResultStream()
                .findFirst();
    }

    private static SignedInCaller callerOf(PartnerUser user) {
        return new SignedInCaller(user.getEmail(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
                user.getCredentialsVersion(), user.getPreferredLanguage());
    }

    /** What a typed name may put into a log line: no line breaks or other control characters, not too long. */
    private static String printable(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
