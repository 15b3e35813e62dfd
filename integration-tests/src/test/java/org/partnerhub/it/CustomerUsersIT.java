package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.Summary;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerSummary;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.customeruser.CustomerUserSearch;
import org.partnerhub.customeruser.CustomerUserService;
import org.partnerhub.customeruser.LicenseUse;
import org.partnerhub.customeruser.NewCustomerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.signin.SignInService;
import org.partnerhub.subscription.SubscriptionChangeService;

/** A customer's users as its partner manages them, and the licenses they hold. */
class CustomerUsersIT extends InContainerTest {

    private static final long BUSINESS_STANDARD = 2;

    @EJB
    CustomerUserService users;

    @EJB
    SubscriptionChangeService changes;

    @EJB
    SignInService signIn;

    @EJB
    AuditLogQueries audit;

    @EJB
    TestData testData;

    @EJB
    CustomerQueries customerQueries;

    @Test
    void usersAreAddedSearchedAndPagedWithTheirPasswordShownOnce() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Users Ltd").getId();
        fixtures.signInAs(partner.adminEmail());

        NewUserCredentials added = users.add(customer, user("ana.lima", "Ana", "Lima", false));
        users.add(customer, user("bruno", "Bruno", "Costa", true));
        assertTrue(added.email().startsWith("ana.lima@it-") && added.email().endsWith(".partnerhub.example"), added.email());
        assertEquals(16, added.temporaryPassword().value().length());
        assertTrue(signedInName(signIn, added.email(), added.temporaryPassword().value().toCharArray()).isEmpty(),
                "a plain user is no customer admin");

        assertEquals(2, users.count(customer, CustomerUserSearch.all()));
        assertEquals(List.of("Ana Lima"), users.users(customer, new CustomerUserSearch("LIMA"), 0, 10).stream()
                .map(CustomerUserRow::displayName).toList());
        assertEquals(1, users.users(customer, CustomerUserSearch.all(), 1, 10).size(), "the second page");
        assertEquals(0, users.count(customer, new CustomerUserSearch("%")), "LIKE characters are taken literally");

        BusinessException taken = assertThrows(BusinessException.class,
                () -> users.add(customer, user("Ana.Lima", "Ana", "Other", false)));
        assertEquals("customerUser.userName.taken", taken.messageKey());
        assertEquals("userName", taken.field());
        EJBException invalid = assertThrows(EJBException.class,
                () -> users.add(customer, user("carla", "C".repeat(51), "Mendes", false)));
        assertInstanceOf(ConstraintViolationException.class, rootCause(invalid));
        assertEquals(2, users.count(customer, CustomerUserSearch.all()), "nothing written");

        List<Summary> logged = audit.latest(10).stream().filter(e -> e.action() == AuditAction.CUSTOMER_USER_ADDED)
                .map(AuditEntry::summary).toList();
        assertEquals(2, logged.size());
        assertEquals("customerUser.admin", logged.get(0).phrases().get(0).code(), logged.toString());
    }

    @Test
    void passwordsAreResetByHelpdeskAndBlockedUsersCannotSignIn() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Passwords Ltd").getId();
        fixtures.signInAs(partner.adminEmail());
        NewUserCredentials first = users.add(customer, user("first", "First", "Admin", true));
        NewUserCredentials second = users.add(customer, user("second", "Second", "Admin", true));
        long firstId = idOf(customer, "first");
        long secondId = idOf(customer, "second");

        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.SALES_AGENT));
        assertThrows(EJBAccessException.class, () -> users.resetPassword(customer, firstId));
        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.HELPDESK_AGENT));
        assertThrows(EJBAccessException.class, () -> users.block(customer, firstId, true));
        NewUserCredentials reset = users.resetPassword(customer, firstId);
        assertNotEquals(first.temporaryPassword().value(), reset.temporaryPassword().value());
        assertTrue(signedInName(signIn, first.email(), first.temporaryPassword().value().toCharArray()).isEmpty());
        assertEquals(first.email(), signedInName(signIn, first.email(),
                reset.temporaryPassword().value().toCharArray()).orElseThrow());

        fixtures.signInAs(partner.adminEmail());
        users.block(customer, firstId, true);
        assertTrue(signedInName(signIn, first.email(), reset.temporaryPassword().value().toCharArray()).isEmpty());
        assertRefused("customerUser.lastAdmin", () -> users.block(customer, secondId, true));
        assertRefused("customerUser.lastAdmin", () -> users.delete(customer, secondId));
        users.block(customer, firstId, false);
        users.delete(customer, secondId);
        assertTrue(signedInName(signIn, second.email(), second.temporaryPassword().value().toCharArray()).isEmpty());
    }

    @Test
    void licensesNeverExceedTheSubscriptionAndHoldItsCountUp() throws Exception {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Licenses Ltd").getId();
        long subscription = testData.subscription(partner.id(), customer, BUSINESS_STANDARD, 3);
        fixtures.signInAs(partner.adminEmail());
        for (String name : List.of("u1", "u2", "u3", "u4")) {
            users.add(customer, user(name, name, "User", false));
        }
        users.assignLicense(customer, idOf(customer, "u1"), subscription);
        users.assignLicense(customer, idOf(customer, "u1"), subscription); // again: still one
        users.assignLicense(customer, idOf(customer, "u2"), subscription);

        // The last free license, asked for twice at once: one user gets it.
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        Future<String> third = executor.submit(assign(start, customer, idOf(customer, "u3"), subscription));
        Future<String> fourth = executor.submit(assign(start, customer, idOf(customer, "u4"), subscription));
        start.countDown();
        List<String> outcomes = List.of(third.get(60, TimeUnit.SECONDS), fourth.get(60, TimeUnit.SECONDS));
        assertEquals(1, outcomes.stream().filter("assigned"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("license.noneFree"), outcomes.toString());
        LicenseUse use = users.licenseUse(customer, idOf(customer, "u1")).get(0);
        assertEquals(3, use.assigned());
        assertEquals(3, use.licenses());

        assertRefused("subscription.licenses.belowAssigned",
                () -> changes.changeLicenses(subscription, changes.view(subscription).row().version(), 2));
        users.delete(customer, idOf(customer, "u1"));
        changes.changeLicenses(subscription, changes.view(subscription).row().version(), 2);
        assertEquals("Microsoft 365 Business Standard",
                users.users(customer, new CustomerUserSearch("u2"), 0, 10).get(0).licensesList(Locale.ENGLISH));
        users.removeLicense(customer, idOf(customer, "u2"), subscription);
        assertEquals(List.of(), users.users(customer, new CustomerUserSearch("u2"), 0, 10).get(0).licenses());
    }

    @Test
    void withoutDelegatedAdminPrivilegesAPartnerOnlyLooks() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerWithoutDelegation(partner.id(), "Not Delegated Ltd");
        fixtures.signInAs(partner.adminEmail());

        assertRefused("customerUser.noDelegatedAdmin", () -> users.add(customer, user("x", "X", "Y", false)));
        assertEquals(0, users.count(customer, CustomerUserSearch.all()));
        fixtures.signInAs(fixtures.newPartner(PartnerType.DIRECT_RESELLER).adminEmail());
        assertRefused("customer.notFound", () -> users.count(customer, CustomerUserSearch.all()));
    }

    private long idOf(long customer, String name) {
        return users.users(customer, new CustomerUserSearch(name + "@"), 0, 1).get(0).id();
    }

    private Callable<String> assign(CountDownLatch start, long customer, long user, long subscription) {
        return () -> {
            start.await();
            try {
                users.assignLicense(customer, user, subscription);
                return "assigned";
            } catch (BusinessException refusal) {
                return refusal.messageKey();
            } catch (EJBException failure) {
                return String.valueOf(rootCause(failure));
            }
        };
    }

    @Test
    void theAccountPageReadsUsersAPageAtATimeAdministratorsFirstAndTheListSummaryOnlyTheFirstOnes() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Many Users Ltd").getId();
        fixtures.signInAs(partner.adminEmail());
        int added = CustomerSummary.FIRST + 2;
        testData.customerUsers(customer, added);

        assertEquals(added, customerQueries.userCount(customer));
        List<String> first = customerQueries.users(customer, 0, 5).stream().map(CustomerUserRow::userName).toList();
        assertEquals(5, first.size());
        assertTrue(first.get(0).startsWith("user" + added + "@"), "the administrator comes first: " + first);
        assertTrue(first.get(1).startsWith("user01@"), "then the others by user name: " + first);
        List<String> last = customerQueries.users(customer, added - 2, 5).stream().map(CustomerUserRow::userName).toList();
        assertEquals(2, last.size(), "the last page holds what is left");
        assertTrue(last.get(1).startsWith("user" + (added - 1) + "@"), last.toString());

        CustomerSummary summary = customerQueries.summary(customer);
        assertEquals(CustomerSummary.FIRST, summary.users().size());
        assertEquals(added, summary.userCount());
    }

    private static NewCustomerUser user(String name, String first, String last, boolean admin) {
        NewCustomerUser user = new NewCustomerUser();
        user.setUserName(name);
        user.setFirstName(first);
        user.setLastName(last);
        user.setUsageLocation("US");
        user.setAdministrator(admin);
        return user;
    }

    private static void assertRefused(String messageKey, Executable attempt) {
        assertEquals(messageKey, assertThrows(BusinessException.class, attempt).messageKey());
    }
}
