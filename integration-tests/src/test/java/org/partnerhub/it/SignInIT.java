package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserRow;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.FailedSignIns;
import org.partnerhub.shared.Language;
import org.partnerhub.signin.SignInOutcome;
import org.partnerhub.signin.SignInService;
import org.partnerhub.signin.SignedInCaller;

/**
 * Sign-in as the authentication mechanism calls it, with the throttle: each test signs in from
 * its own documentation address, so the counts of one never touch another's.
 */
class SignInIT extends InContainerTest {

    @EJB
    SignInService signIn;

    @EJB
    PartnerUserService users;

    @EJB
    AuditLogQueries auditLog;

    @EJB
    TestData testData;

    private final String address = documentationAddress();

    @Test
    void theRightPasswordSignsInWithTheRolesAsGroupsWhateverTheEmailCase() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);

        SignInOutcome outcome = signIn.signIn(partner.adminEmail().toUpperCase(), password(), address);

        SignedInCaller caller = assertInstanceOf(SignInOutcome.SignedIn.class, outcome).caller();
        assertEquals(partner.adminEmail(), caller.name());
        assertEquals(Set.of("GLOBAL_ADMIN"), caller.groups());
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndAnEmptyPasswordAreRefused() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);

        assertInstanceOf(SignInOutcome.Refused.class, signIn.signIn(partner.adminEmail(), wrong(), address));
        assertInstanceOf(SignInOutcome.Refused.class,
                signIn.signIn(Fixtures.uniqueEmail("nobody"), password(), address));
        assertInstanceOf(SignInOutcome.Refused.class, signIn.signIn(partner.adminEmail(), new char[0], address));
    }

    @Test
    void aDeactivatedUserCanNoLongerSignInNorGoOnInItsSession() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        var agent = users.addUser(new NewPartnerUser(Fixtures.uniqueEmail("agent"), "Agent",
                EnumSet.of(PartnerRole.ADMIN_AGENT), Language.PT_BR));
        SignedInCaller session = assertInstanceOf(SignInOutcome.SignedIn.class,
                signIn.signIn(agent.email(), agent.temporaryPassword().value().toCharArray(), address)).caller();

        users.deactivate(idOf(agent.email()));

        assertInstanceOf(SignInOutcome.Refused.class,
                signIn.signIn(agent.email(), agent.temporaryPassword().value().toCharArray(), address));
        assertTrue(signIn.current(session).isEmpty(), "the live session ends at its next request");
    }

    @Test
    void aRoleTakenAwayIsGoneAtTheSessionsNextRequest() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        String other = fixtures.newUser(partner, PartnerRole.GLOBAL_ADMIN);
        SignedInCaller session = assertInstanceOf(SignInOutcome.SignedIn.class,
                signIn.signIn(other, password(), address)).caller();
        assertEquals(session, signIn.current(session).orElseThrow(), "unchanged while nothing changed");

        fixtures.signInAs(partner.adminEmail());
        users.changeRoles(idOf(other), EnumSet.of(PartnerRole.SALES_AGENT));

        assertEquals(Set.of("SALES_AGENT"), signIn.current(session).orElseThrow().groups());
    }

    @Test
    void theFifthFailureLocksTheAccountEvenAgainstTheRightPasswordUntilTheWindowIsOver() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String agent = fixtures.newUser(partner, PartnerRole.SALES_AGENT);

        for (int i = 1; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, signIn.signIn(agent, wrong(), address), "failure " + i);
        }
        var locked = assertInstanceOf(SignInOutcome.Locked.class, signIn.signIn(agent, wrong(), address));
        assertEquals(FailedSignIns.LOCK.toMinutes(), locked.minutesToWait());
        assertInstanceOf(SignInOutcome.Locked.class, signIn.signIn(agent, password(), address));
        assertInstanceOf(SignInOutcome.Locked.class, signIn.signIn(agent, password(), documentationAddress()),
                "the account waits, from wherever it is tried");

        testData.endFailedSignInWindow(agent);

        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(agent, password(), address));
        fixtures.signInAs(partner.adminEmail());
        var events = auditLog.latest(50);
        assertEquals(FailedSignIns.ACCOUNT_LIMIT, events.stream()
                .filter(e -> e.action() == AuditAction.SIGN_IN_FAILED && agent.equals(e.actorEmail())).count());
        assertTrue(events.stream().anyMatch(e -> e.action() == AuditAction.SIGN_IN_LOCKED && agent.equals(e.actorEmail())));
    }

    @Test
    void anUnknownAccountIsAnsweredTheSameWayAsAKnownOne() {
        String nobody = Fixtures.uniqueEmail("nobody");

        for (int i = 1; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, signIn.signIn(nobody, password(), address));
        }
        var locked = assertInstanceOf(SignInOutcome.Locked.class, signIn.signIn(nobody, password(), address));
        assertEquals(FailedSignIns.LOCK.toMinutes(), locked.minutesToWait());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        String agent = fixtures.newUser(partner, PartnerRole.HELPDESK_AGENT);

        for (int i = 1; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            signIn.signIn(agent, wrong(), address);
        }
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(agent, password(), address));

        assertInstanceOf(SignInOutcome.Refused.class, signIn.signIn(agent, wrong(), address),
                "a fresh count: this is the first failure, not the fifth");
    }

    @Test
    void aGlobalAdminSeesTheLockedUserAndUnlocksIt() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String agent = fixtures.newUser(partner, PartnerRole.ADMIN_AGENT);
        for (int i = 0; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            signIn.signIn(agent, wrong(), address);
        }
        fixtures.signInAs(partner.adminEmail());
        PartnerUserRow row = users.listUsers().stream().filter(u -> u.email().equals(agent)).findFirst().orElseThrow();
        assertTrue(row.locked());

        users.unlock(row.id());

        assertTrue(users.listUsers().stream().noneMatch(PartnerUserRow::locked));
        assertTrue(auditLog.latest(10).stream().anyMatch(e -> e.action() == AuditAction.USER_UNLOCKED
                && partner.adminEmail().equals(e.actorEmail())));
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(agent, password(), address));
    }

    @Test
    void oneAddressWithTooManyFailuresWaitsWhileOthersSignIn() throws Exception {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        // A different account each time, so no account reaches its own limit; many at a time,
        // as a sprayer would, which also spends the password checks on both cores.
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        // The first failure on its own: it makes the address's row, which the others then lock in turn.
        assertInstanceOf(SignInOutcome.Refused.class, signIn.signIn(Fixtures.uniqueEmail("spray"), wrong(), address));
        List<Future<SignInOutcome>> sprayed = new ArrayList<>();
        for (int i = 1; i < FailedSignIns.ADDRESS_LIMIT; i++) {
            sprayed.add(executor.submit(() -> signIn.signIn(Fixtures.uniqueEmail("spray"), wrong(), address)));
        }
        for (Future<SignInOutcome> outcome : sprayed) {
            assertInstanceOf(SignInOutcome.Refused.class, outcome.get(60, TimeUnit.SECONDS));
        }

        assertInstanceOf(SignInOutcome.Locked.class, signIn.signIn(partner.adminEmail(), password(), address));
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(partner.adminEmail(), password(), documentationAddress()));
    }

    @Test
    void aSignInIsAudited() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);

        fixtures.signInAs(partner.adminEmail());

        assertTrue(auditLog.latest(10).stream().anyMatch(e -> e.action() == AuditAction.SIGNED_IN
                && partner.adminEmail().equals(e.actorEmail())));
    }

    private long idOf(String email) {
        return users.listUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().id();
    }

    /** An address of its own for each test (RFC 3849), so one test's failures never count for another. */
    private static String documentationAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8::" + Long.toHexString(random.getMostSignificantBits() & 0xffff) + ":"
                + Long.toHexString(random.getLeastSignificantBits() & 0xffff);
    }

    private static char[] password() {
        return Fixtures.PASSWORD.toCharArray();
    }

    private static char[] wrong() {
        return (Fixtures.PASSWORD + "x").toCharArray();
    }
}
