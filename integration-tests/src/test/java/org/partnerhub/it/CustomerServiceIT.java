package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.CustomerSummary;
import org.partnerhub.customer.NewCustomerCredentials;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.SubscriptionStatus;

/** Adding, updating and removing customers through the services, as each partner. */
class CustomerServiceIT extends InContainerTest {

    // Seeded offers (V2 migration): 2 = Business Standard (1-300), 4 = Office 365 E3 (5-50000).
    private static final long BUSINESS_STANDARD = 2;
    private static final long OFFICE_E3 = 4;

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries queries;

    @EJB
    AuditLogQueries audit;

    @EJB
    TestData testData;

    @Inject
    PasswordHashing hashing;

    @Test
    void submitCreatesCustomerRelationshipOrderSubscriptionsAndAdminUserTogether() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        NewCustomer details = TestData.details("Atomic Ltd", prefix());

        NewCustomerCredentials created = customers.addCustomer(details,
                List.of(new OrderLine(BUSINESS_STANDARD, 12), new OrderLine(OFFICE_E3, 5)));

        assertEquals("admin@" + details.getDomainPrefix() + ".partnerhub.example", created.adminUserName());
        CustomerSummary summary = queries.summary(created.customerId());
        assertEquals("Atomic Ltd", summary.account().info().getCompanyName());
        assertTrue(summary.account().delegatedAdmin(), "the new relationship has delegated admin privileges");
        assertEquals(List.of(12, 5), summary.subscriptions().stream().map(s -> s.licenses()).toList());
        assertTrue(summary.subscriptions().stream().allMatch(s -> s.knownStatus() == SubscriptionStatus.ACTIVE));
        assertEquals(List.of(created.adminUserName()), summary.users().stream().map(u -> u.userName()).toList());
        assertFalse(queries.domainPrefixAvailable(details.getDomainPrefix()));
        List<AuditAction> logged = audit.latest(5).stream().map(AuditEntry::action).toList();
        assertTrue(logged.containsAll(List.of(AuditAction.CUSTOMER_CREATED, AuditAction.ORDER_SUBMITTED)), logged.toString());
    }

    @Test
    void aLineOutsideTheOffersLimitsRollsBackTheWholeSubmission() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(partner.adminEmail());
        NewCustomer details = TestData.details("Half Written Ltd", prefix());

        // The customer, relationship and first subscription are written before the second line fails.
        BusinessException refusal = assertThrows(BusinessException.class, () -> customers.addCustomer(details,
                List.of(new OrderLine(BUSINESS_STANDARD, 3), new OrderLine(OFFICE_E3, 2))));

        assertEquals("order.licenses.outOfRange", refusal.messageKey());
        assertTrue(queries.domainPrefixAvailable(details.getDomainPrefix()), "no customer was left behind");
        assertEquals(0, queries.count(CustomerSearch.all()));
    }

    @Test
    void aTakenDomainPrefixOrBadInputIsRefusedAndNothingIsSaved() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        String prefix = prefix();
        customers.addCustomer(TestData.details("First Owner", prefix), List.of(new OrderLine(BUSINESS_STANDARD, 1)));

        BusinessException taken = assertThrows(BusinessException.class, () -> customers.addCustomer(
                TestData.details("Second Owner", prefix), List.of(new OrderLine(BUSINESS_STANDARD, 1))));
        assertEquals("customer.domainPrefix.taken", taken.messageKey());
        assertEquals("domainPrefix", taken.field());

        NewCustomer bad = TestData.details("", "No_Capitals");
        bad.getAccount().setCountry("XX");
        bad.getAccount().setContactEmail("not an email");
        EJBException invalid = assertThrows(EJBException.class,
                () -> customers.addCustomer(bad, List.of(new OrderLine(BUSINESS_STANDARD, 0))));
        var violations = assertInstanceOf(ConstraintViolationException.class, rootCause(invalid)).getConstraintViolations();
        Set<String> fields = violations.stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .collect(Collectors.toSet());
        assertEquals(Set.of("companyName", "domainPrefix", "country", "contactEmail", "licenses"), fields);
        assertEquals(1, queries.count(CustomerSearch.all()));
    }

    /**
     * Parallel submissions of one prefix (one wizard's Submit clicked again and again, or two
     * partners at once): one customer, and for every other a "taken" refusal, never an exception
     * from the database.
     */
    @Test
    void parallelSubmissionsOfOnePrefixMakeOneCustomerAndRefuseTheOthersCleanly() throws Exception {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        String prefix = prefix();
        int submissions = 6;
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    customers.addCustomer(TestData.details("Parallel Ltd", prefix), List.of(new OrderLine(BUSINESS_STANDARD, 1)));
                    return "created";
                } catch (BusinessException refusal) {
                    return refusal.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            answers.add(outcome.get(60, TimeUnit.SECONDS)); // an exception other than the refusal fails here
        }

        assertEquals(1, answers.stream().filter("created"::equals).count(), answers.toString());
        assertEquals(submissions - 1, answers.stream().filter("customer.domainPrefix.taken"::equals).count(),
                answers.toString());
        assertEquals(1, queries.count(CustomerSearch.all()));
    }

    @Test
    void theTemporaryPasswordIsStoredOnlyAsAHash() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());

        NewCustomerCredentials created = customers.addCustomer(TestData.details("Hashed Ltd", prefix()),
                List.of(new OrderLine(BUSINESS_STANDARD, 1)));

        String stored = testData.storedPasswordOf(created.adminUserName());
        String password = created.temporaryPassword().value();
        assertFalse(stored.contains(password));
        assertTrue(hashing.verify(password.toCharArray(), stored), "the stored value is the password's hash");
        assertEquals("TemporaryPassword[hidden]", created.temporaryPassword().toString());
    }

    @Test
    void aPartnerCannotSeeUpdateOrRemoveAnotherPartnersCustomer() {
        var owner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(owner.adminEmail());
        String prefix = prefix();
        long id = customers.addCustomer(TestData.details("Not Yours Ltd", prefix),
                List.of(new OrderLine(BUSINESS_STANDARD, 1))).customerId();
        AccountInfo info = queries.account(id).info();

        var other = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(other.adminEmail());

        assertEquals(0, queries.count(new CustomerSearch(prefix, null, true)));
        List<Runnable> attempts = List.of(
                () -> queries.account(id), () -> queries.summary(id), () -> queries.subscriptions(id),
                () -> queries.users(id, 0, 10), () -> queries.userCount(id), () -> queries.removalBlockers(id),
                () -> customers.updateAccountInfo(id, info),
                () -> customers.removeRelationship(id, new RelationshipRemoval(true, "mine now")));
        for (Runnable attempt : attempts) {
            assertEquals("customer.notFound", assertThrows(BusinessException.class, attempt::run).messageKey());
        }
        fixtures.signInAs(owner.adminEmail());
        assertEquals("Not Yours Ltd", queries.account(id).info().getCompanyName());
    }

    @Test
    void anAccountUpdateSavedMeanwhileBySomeoneElseIsNotOverwritten() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(partner.adminEmail());
        long id = customers.addCustomer(TestData.details("Versioned Ltd", prefix()),
                List.of(new OrderLine(BUSINESS_STANDARD, 1))).customerId();
        AccountInfo first = queries.account(id).info();
        AccountInfo second = queries.account(id).info();
        first.setCity("Porto");
        customers.updateAccountInfo(id, first);

        second.setCity("Faro");
        BusinessException refusal = assertThrows(BusinessException.class, () -> customers.updateAccountInfo(id, second));

        assertEquals("customer.changedMeanwhile", refusal.messageKey());
        assertEquals("Porto", queries.account(id).info().getCity());
    }

    @Test
    void removingARelationshipIsRefusedWhileSubscribedAndKeepsDelegatedAdminPrivileges() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(partner.adminEmail());
        long subscribed = customers.addCustomer(TestData.details("Subscribed Ltd", prefix()),
                List.of(new OrderLine(BUSINESS_STANDARD, 2))).customerId();
        long free = testData.customerOf(partner.id(), "Free Ltd").getId();

        BusinessException blocked = assertThrows(BusinessException.class,
                () -> customers.removeRelationship(subscribed, new RelationshipRemoval(true, "ending")));
        assertEquals("relationship.activeSubscriptions", blocked.messageKey());
        assertEquals(1, queries.removalBlockers(subscribed).size());

        customers.removeRelationship(free, new RelationshipRemoval(true, "Customer asked us to"));

        assertEquals("customer.notFound", assertThrows(BusinessException.class, () -> queries.account(free)).messageKey());
        assertEquals(List.of("REMOVED", "true", "Customer asked us to"), testData.relationshipOf(partner.id(), free));
        assertEquals(1, queries.count(CustomerSearch.all()), "only the subscribed customer is left in the list");
        List<AuditEntry> latest = audit.latest(1);
        assertEquals(AuditAction.RELATIONSHIP_REMOVED, latest.get(0).action());
        assertNotEquals(null, latest.get(0).summary());
    }

    private static String prefix() {
        return "it-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
