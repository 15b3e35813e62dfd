package org.partnerhub.signin;

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
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.identity.ResolvedCallers;
import org.partnerhub.security.FailedSignIns;
import org.partnerhub.security.LogText;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.security.Roles;
import org.partnerhub.security.SignInThrottle;

/**
 * Checks the credentials of a partner user or of a customer admin (whose user name ends in the
 * customers' domain) and records the outcome. Anyone may call it: it is what turns an anonymous
 * caller into a signed-in one, so every way it refuses costs the same time and says the same,
 * and failures are counted ({@link SignInThrottle}) and audited.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottle throttle;

    @Inject
    ResolvedCallers resolvedCallers;

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
        Account account = CustomerDomain.holds(normalized) ? customerAdmin(normalized, password)
                : partnerUser(normalized, password);
        if (account.signedIn() != null) {
            attempt.succeeded();
            return new SignInOutcome.SignedIn(account.signedIn());
        }
        boolean lockedNow = attempt.failed();
        recordFailure(normalized, account, clientAddress, lockedNow);
        return lockedNow ? new SignInOutcome.Locked(attempt.minutesToWait()) : new SignInOutcome.Refused();
    }

    /**
     * What one check of a name and password found: the caller when they match, else null; and
     * the account the name belongs to, if any, whose partner (none for a customer admin) hears
     * of a failure.
     */
    private record Account(SignedInCaller signedIn, String known, Long partnerId) {

        static final Account UNKNOWN = new Account(null, null, null);
    }

    /**
     * The caller as it stands now: the same while its credentials are unchanged, read again after
     * its roles changed, empty once it may no longer sign in (deactivated, blocked, removed).
     * Called on every request of a signed-in session, so it reads one row in the usual case: the
     * version, and the partner, which it hands to the request's {@link ResolvedCallers} so that
     * the services this request calls need not look the caller up again.
     */
    public Optional<SignedInCaller> current(SignedInCaller caller) {
        if (caller.isCustomerAdmin()) {
            return em.createQuery("""
                            select count(u) from CustomerUser u
                            where u.userName = :name and u.administrator = true and u.blocked = false""", Long.class)
                    .setParameter("name", caller.name())
                    .getSingleResult() > 0 ? Optional.of(caller) : Optional.empty();
        }
        Optional<Object[]> found = em.createQuery("""
                        select u.credentialsVersion, u.partner.id from PartnerUser u
                        where u.email = :email and u.active = true""", Object[].class)
                .setParameter("email", caller.name())
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        resolvedCallers.found(caller.name(), (Long) found.get()[1]);
        if ((Long) found.get()[0] == caller.credentialsVersion()) {
            return Optional.of(caller);
        }
        return activePartnerUser(caller.name()).map(SignInService::callerOf);
    }

    private Account partnerUser(String email, char[] password) {
        // Deactivated users are known (their failures are audited) but cost a decoy check only.
        Optional<PartnerUser> user = em.createQuery("select u from PartnerUser u where u.email = :email",
                        PartnerUser.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
        if (user.isEmpty() || !user.get().isActive()) {
            hashing.verifyDecoy(password);
            return user.map(found -> new Account(null, found.getEmail(), found.getPartner().getId()))
                    .orElse(Account.UNKNOWN);
        }
        PartnerUser found = user.get();
        if (!found.hasPassword(hashing, password)) {
            return new Account(null, found.getEmail(), found.getPartner().getId());
        }
        auditTrail.record(found, AuditAction.SIGNED_IN,
                found.getEmail(), null);
        return new Account(callerOf(found), found.getEmail(), found.getPartner().getId());
    }

    private Account customerAdmin(String userName, char[] password) {
        Optional<CustomerUser> user = em.createQuery(
                        "select u from CustomerUser u join fetch u.customer where u.userName = :name", CustomerUser.class)
                .setParameter("name", userName)
                .getResultStream()
                .findFirst();
        // Unknown, blocked and non-admin users all cost one hash check, as a wrong password does.
        if (user.isEmpty()) {
            hashing.verifyDecoy(password);
            return Account.UNKNOWN;
        }
        CustomerUser found = user.get();
        if (!found.isAdministratorWith(password, hashing)) {
            return new Account(null, found.getUserName(), null);
        }
        auditTrail.record(found.getUserName(), null, AuditAction.SIGNED_IN, found.getCustomer().domain(),
                Summary.of("customerArea"));
        return new Account(new SignedInCaller(found.getUserName(), Set.of(Roles.CUSTOMER_ADMIN), 0, null),
                found.getUserName(), null);
    }

    /** An audit event for a known account (of its partner) and a log line; never the password. */
    private void recordFailure(String name, Account account, String clientAddress, boolean lockedNow) {
        String from = clientAddress == null ? "" : "from " + clientAddress;
        if (account.known() != null) {
            audit(account.known(), account.partnerId(), clientAddress, lockedNow);
        }
        LOG.warning(() -> "Sign-in failed for " + LogText.printable(name, 120) + " " + LogText.printable(from, 120)
                + (lockedNow ? "; the account waits " + FailedSignIns.LOCK.toMinutes() + " minutes" : ""));
    }

    private void audit(String account, Long partnerId, String clientAddress, boolean lockedNow) {
        auditTrail.record(account, partnerId, AuditAction.SIGN_IN_FAILED, account,
                clientAddress == null ? null : Summary.of("from", clientAddress));
        if (lockedNow) {
            auditTrail.record(account, partnerId, AuditAction.SIGN_IN_LOCKED, account,
                    Summary.of("locked", FailedSignIns.ACCOUNT_LIMIT, FailedSignIns.WINDOW.toMinutes()));
        }
    }

    private Optional<PartnerUser> activePartnerUser(String email) {
        return em.createQuery("select u from PartnerUser u where u.email = :email and u.active = true",
                        PartnerUser.class)
                .setParameter("email", PartnerUser.normalizedEmail(email))
                .getResultStream()
                .findFirst();
    }

    private static SignedInCaller callerOf(PartnerUser user) {
        return new SignedInCaller(user.getEmail(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
                user.getCredentialsVersion(), user.getPreferredLanguage());
    }
}
