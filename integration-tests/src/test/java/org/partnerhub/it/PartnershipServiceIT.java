package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.Summary;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerRow;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnershipLink;
import org.partnerhub.partnership.PartnershipQueries;
import org.partnerhub.partnership.PartnershipRequestRow;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.partnership.PartnershipStatus;
import org.partnerhub.partnership.ProviderDirectoryRow;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionService;

/** Partnerships between indirect providers and indirect resellers, through the services. */
class PartnershipServiceIT extends InContainerTest {

    // Seeded offers (V2 migration): 2 = Business Standard (1-300), 4 = Office 365 E3 (5-50000).
    private static final long BUSINESS_STANDARD = 2;
    private static final long OFFICE_E3 = 4;

    @EJB
    PartnershipService partnerships;

    @EJB
    PartnershipQueries queries;

    @EJB
    ChannelQueries channel;

    @EJB
    TestData testData;

    @EJB
    AuditLogQueries audit;

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries customerQueries;

    @EJB
    SubscriptionService subscriptions;

    @Test
    void aProviderAsksByLinkAndTheResellerAcceptsOnce() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(provider.adminEmail());

        PartnershipLink link = partnerships.requestReseller(reseller.mpnId());

        String token = link.token().value();
        assertTrue(token.length() >= 43, "at least 256 random bits, base64: " + token.length());
        assertEquals(LinkToken.hashOf(token), testData.storedLinkOf(link.partnershipId()));
        assertNotEquals(token, testData.storedLinkOf(link.partnershipId()));
        assertEquals(reseller.name(), link.resellerName());
        PartnershipRequestRow outgoing = queries.requests().get(0);
        assertFalse(outgoing.incoming());
        assertEquals(reseller.name(), outgoing.otherName());

        fixtures.signInAs(reseller.adminEmail());
        assertTrue(queries.requests().get(0).incoming());
        assertEquals(provider.name(), queries.invitation(token).providerName());
        partnerships.acceptLink(token);

        assertEquals(List.of(provider.name()), channel.partners().stream().map(PartnerRow::name).toList());
        assertTrue(queries.requests().isEmpty());
        assertRefused("partnership.alreadyAnswered", () -> partnerships.acceptLink(token));
        assertRefused("partnership.alreadyAnswered", () -> queries.invitation(token));
        fixtures.signInAs(provider.adminEmail());
        assertEquals(List.of(reseller.name()), channel.partners().stream().map(PartnerRow::name).toList());
        assertRefused("partnership.alreadyOpen", () -> partnerships.requestReseller(reseller.mpnId()));
        List<AuditEntry> logged = audit.latest(10).stream()
                .filter(entry -> entry.action() != AuditAction.SIGNED_IN).limit(2).toList();
        assertEquals(List.of(AuditAction.PARTNERSHIP_ACCEPTED, AuditAction.PARTNERSHIP_REQUESTED),
                logged.stream().map(AuditEntry::action).toList());
        assertEquals(reseller.adminEmail(), logged.get(0).actorEmail(), "the provider sees who accepted");
        assertEquals(reseller.name() + " (" + reseller.mpnId() + ")", logged.get(0).target());
    }

    @Test
    void aResellerDeclinesThroughTheLinkAndTheLinkIsSpent() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(provider.adminEmail());
        String token = partnerships.requestReseller(reseller.mpnId()).token().value();

        fixtures.signInAs(reseller.adminEmail());
        partnerships.declineLink(token, "  We buy from another distributor.  ");

        assertRefused("partnership.alreadyAnswered", () -> partnerships.acceptLink(token));
        assertTrue(channel.partners().isEmpty());
        assertTrue(queries.requests().isEmpty(), "the declining side has nothing left to answer");
        assertEquals(AuditAction.PARTNERSHIP_DECLINED, audit.latest(1).get(0).action());
        assertEquals(Summary.of("reason", "We buy from another distributor."), audit.latest(1).get(0).summary());
        fixtures.signInAs(provider.adminEmail());
        PartnershipRequestRow declined = queries.requests().get(0);
        assertTrue(declined.declined(), "the asking side sees the answer");
        assertEquals("We buy from another distributor.", declined.declineReason());
        partnerships.requestReseller(reseller.mpnId());
        assertEquals(List.of(false, true), queries.requests().stream().map(PartnershipRequestRow::declined).toList(),
                "a declined request can be made again, and the new one comes first");
    }

    @Test
    void aLinkThatIsTamperedExpiredRevokedOrForSomeoneElseChangesNothing() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner otherReseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner direct = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner otherProvider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String salesAgent = fixtures.newUser(reseller, PartnerRole.SALES_AGENT);
        fixtures.signInAs(provider.adminEmail());
        PartnershipLink link = partnerships.requestReseller(reseller.mpnId());
        String token = link.token().value();

        fixtures.signInAs(reseller.adminEmail());
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertRefused("partnership.link.unknown", () -> partnerships.acceptLink(tampered));
        assertRefused("partnership.link.unknown", () -> queries.invitation(tampered));
        fixtures.signInAs(otherReseller.adminEmail());
        assertRefused("partnership.answer.otherPartner", () -> partnerships.acceptLink(token));
        fixtures.signInAs(direct.adminEmail());
        assertRefused("partnership.answer.onlyResellers", () -> partnerships.acceptLink(token));
        fixtures.signInAs(otherProvider.adminEmail());
        assertRefused("partnership.answer.onlyResellers", () -> partnerships.acceptLink(token));
        assertRefused("partnership.notFound", () -> partnerships.revoke(link.partnershipId()));
        fixtures.signInAs(salesAgent);
        assertInstanceOf(EJBAccessException.class, assertThrows(EJBException.class, () -> partnerships.acceptLink(token)));

        testData.expireLink(link.partnershipId());
        fixtures.signInAs(reseller.adminEmail());
        assertRefused("partnership.expired", () -> partnerships.acceptLink(token));
        String agent = fixtures.newUser(provider, PartnerRole.ADMIN_AGENT);
        fixtures.signInAs(agent);
        PartnershipLink renewed = partnerships.renewLink(link.partnershipId());
        assertEquals(agent, queries.requests().get(0).sentBy(), "the list says who sent it again");
        assertRefused("partnership.link.unknown", () -> queries.invitation(token));
        fixtures.signInAs(provider.adminEmail());
        partnerships.revoke(link.partnershipId());
        fixtures.signInAs(reseller.adminEmail());
        assertRefused("partnership.revoked", () -> partnerships.acceptLink(renewed.token().value()));
        assertTrue(channel.partners().isEmpty());
        assertTrue(queries.requests().isEmpty());
    }

    @Test
    void onlyAnIndirectResellerKnownByItsMpnIdCanBeAsked() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner direct = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(provider.adminEmail());

        BusinessException unknown = assertThrows(BusinessException.class,
                () -> partnerships.requestReseller(Fixtures.uniqueMpnId()));
        assertEquals("partnership.mpnId.unknown", unknown.messageKey());
        assertEquals("mpnId", unknown.field());
        assertEquals("mpnId", assertThrows(BusinessException.class,
                () -> partnerships.requestReseller(direct.mpnId())).field());
        assertRefused("partnership.notAReseller", () -> partnerships.requestReseller(direct.mpnId()));

        fixtures.signInAs(reseller.adminEmail());
        assertRefused("partnership.request.onlyProviders", () -> partnerships.requestReseller(direct.mpnId()));
        assertRefused("partnership.notAProvider", () -> partnerships.requestProvider(direct.id()));
        assertTrue(queries.requests().isEmpty());
    }

    @Test
    void aResellerAsksFromTheDirectoryAndTheProviderAcceptsFromItsRequests() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(reseller.adminEmail());
        String nameTag = provider.name().substring(provider.name().lastIndexOf(' ') + 1);

        ProviderDirectoryRow found = queries.providerDirectory(nameTag.toUpperCase()).get(0);
        assertEquals(provider.name(), found.name());
        assertTrue(found.mayRequest());
        partnerships.requestProvider(found.providerId());
        assertEquals(PartnershipStatus.PENDING, queries.providerDirectory(nameTag).get(0).withMe());
        PartnershipRequestRow mine = queries.requests().get(0);
        assertFalse(mine.incoming());
        assertFalse(mine.hasLink(), "a reseller's request has no link");
        assertRefused("partnership.answer.onlyProviders", () -> partnerships.accept(mine.partnershipId()));
        assertRefused("partnership.noLink", () -> partnerships.renewLink(mine.partnershipId()));

        fixtures.signInAs(provider.adminEmail());
        PartnershipRequestRow incoming = queries.requests().get(0);
        assertTrue(incoming.incoming());
        assertRefused("partnership.notFound", () -> partnerships.renewLink(incoming.partnershipId()));
        partnerships.accept(incoming.partnershipId());

        fixtures.signInAs(reseller.adminEmail());
        assertEquals(List.of(provider.name()), channel.partners().stream().map(PartnerRow::name).toList());
        assertEquals(PartnershipStatus.ACTIVE, queries.providerDirectory(nameTag).get(0).withMe());
    }

    @Test
    void endingAPartnershipKeepsCustomersRelationshipsAndDelegatedAdminPrivileges() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        long partnership = partnered(provider, reseller);
        long shared = testData.customerOf(provider.id(), "Shared " + provider.mpnId()).getId();
        testData.relationship(reseller.id(), shared);
        testData.creditedSubscription(provider.id(), shared, reseller.id(), OFFICE_E3);
        testData.customerOf(provider.id(), "Provider only " + provider.mpnId());
        testData.customerOf(reseller.id(), "Reseller only " + reseller.mpnId());

        fixtures.signInAs(provider.adminEmail());
        PartnerRow row = channel.partners().get(0);
        assertEquals(1, row.customers(), "only the customers both serve");
        assertEquals(1, row.subscriptions());
        fixtures.signInAs(stranger.adminEmail());
        assertRefused("partnership.notFound", () -> partnerships.end(partnership, "not mine"));

        fixtures.signInAs(provider.adminEmail());
        partnerships.end(partnership, "  Contract over  ");

        assertTrue(channel.partners().isEmpty());
        assertEquals(List.of("ACTIVE", "true", "null"), testData.relationshipOf(provider.id(), shared));
        assertEquals(List.of("ACTIVE", "true", "null"), testData.relationshipOf(reseller.id(), shared));
        assertRefused("partnership.notActive", () -> partnerships.end(partnership, ""));
        PartnershipLink again = partnerships.requestReseller(reseller.mpnId());
        assertNotEquals(partnership, again.partnershipId(), "an ended partnership can be asked for again");
    }

    @Test
    void aProviderAddsACustomerOnItsResellersBehalfAndTheResellerSeesIt() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        partnered(provider, reseller);
        fixtures.signInAs(provider.adminEmail());
        String prefix = "behalf-" + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(channel.hasResellers());
        assertEquals(new PartnerChoice(reseller.id(), reseller.name(), reseller.mpnId()), channel.resellerChoice(reseller.id()),
                "the customer list's reseller menu shows the chosen one");
        assertRefused("partnership.reseller.notPartner", () -> channel.resellerChoice(stranger.id()));

        NewCustomer forStranger = TestData.details("Not Partnered Ltd", prefix);
        forStranger.setIndirectResellerId(stranger.id());
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> customers.addCustomer(forStranger, List.of(new OrderLine(OFFICE_E3, 5))));
        assertEquals("partnership.reseller.notPartner", refusal.messageKey());
        assertEquals("indirectReseller", refusal.field());
        assertTrue(customerQueries.domainPrefixAvailable(prefix), "nothing saved");
        assertRefused("partnership.reseller.notPartner",
                () -> customerQueries.count(CustomerSearch.all().servedAlsoBy(stranger.id())));

        NewCustomer details = TestData.details("On Behalf Ltd", prefix);
        details.setIndirectResellerId(reseller.id());
        long customer = customers.addCustomer(details, List.of(new OrderLine(OFFICE_E3, 5))).customerId();
        customers.addCustomer(TestData.details("Own Customer Ltd", prefix + "-own"), List.of(new OrderLine(OFFICE_E3, 5)));

        assertEquals(2, customerQueries.count(CustomerSearch.all()));
        assertEquals(List.of("On Behalf Ltd"), customerQueries.customers(CustomerSearch.all().servedAlsoBy(reseller.id()), 0, 25)
                .stream().map(CustomerRow::companyName).toList());
        PartnerRow row = channel.partners().get(0);
        assertEquals(1, row.customers());
        assertEquals(1, row.subscriptions(), "the order was credited to the reseller");
        fixtures.signInAs(reseller.adminEmail());
        assertTrue(customerQueries.summary(customer).account().delegatedAdmin(), "the reseller has delegated admin privileges");
        assertEquals(1, customerQueries.count(CustomerSearch.all()), "the reseller sees only the customer it serves");
    }

    @Test
    void theProviderOrdersOnAResellersBehalfAndCreditsOnlyItsPartneredResellers() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner notServing = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner otherProvider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        partnered(provider, reseller);
        partnered(provider, notServing);
        fixtures.signInAs(provider.adminEmail());
        long customer = customers.addCustomer(TestData.details("Credit Ltd", "credit-" + UUID.randomUUID()
                .toString().substring(0, 8)), List.of(new OrderLine(OFFICE_E3, 5))).customerId();
        testData.relationship(reseller.id(), customer);
        long sold = customerQueries.subscriptions(customer).get(0).id();

        assertEquals(List.of(reseller.name()), channel.partnersServing(customer).stream().map(PartnerRow::name).toList());
        subscriptions.addSubscriptions(customer, List.of(new OrderLine(BUSINESS_STANDARD, 3)), reseller.id(), null);
        BusinessException notServingRefusal = assertThrows(BusinessException.class, () -> subscriptions.addSubscriptions(
                customer, List.of(new OrderLine(BUSINESS_STANDARD, 3)), notServing.id(), null));
        assertEquals("order.reseller.notServing", notServingRefusal.messageKey());
        assertEquals("creditedReseller", notServingRefusal.field());
        assertRefused("partnership.reseller.notPartner", () -> subscriptions.addSubscriptions(customer,
                List.of(new OrderLine(BUSINESS_STANDARD, 3)), stranger.id(), null));
        assertEquals(2, customerQueries.subscriptions(customer).size(), "the refused orders left nothing");

        assertEquals(reseller.name(), queries.partneredResellerName(reseller.mpnId()));
        assertRefused("partnership.mpnId.notPartner", () -> queries.partneredResellerName(stranger.mpnId()));
        assertRefused("partnership.mpnId.malformed", () -> queries.partneredResellerName("12ab"));
        BusinessException typed = assertThrows(BusinessException.class,
                () -> subscriptions.attribute(sold, stranger.mpnId(), null));
        assertEquals("mpnId", typed.field());
        assertRefused("subscription.supportContact.notEligible",
                () -> subscriptions.attribute(sold, reseller.mpnId(), stranger.id()));
        assertEquals(provider.name(), customerQueries.subscriptions(customer).get(0).supportContactName(), "unchanged");
        subscriptions.attribute(sold, " " + reseller.mpnId() + " ", reseller.id());
        SubscriptionRow credited = customerQueries.subscriptions(customer).get(0);
        assertEquals(reseller.mpnId(), credited.resellerMpnId());
        assertEquals(reseller.name(), credited.supportContactName());
        assertRefused("subscription.supportContact.notEligible", () -> subscriptions.attribute(sold, "", notServing.id()));
        subscriptions.attribute(sold, "", provider.id());
        assertEquals(provider.name(), customerQueries.subscriptions(customer).get(0).supportContactName(),
                "without the credit, the partner of record supports it again");
        subscriptions.attribute(sold, " " + reseller.mpnId() + " ", reseller.id());
        assertEquals(reseller.mpnId(), customerQueries.subscriptions(customer).get(0).resellerMpnId(), "unchanged");
        assertEquals(2, channel.partners().stream().filter(row -> row.name().equals(reseller.name()))
                .findFirst().orElseThrow().subscriptions());

        fixtures.signInAs(otherProvider.adminEmail());
        assertRefused("subscription.notFound", () -> subscriptions.attribute(sold, "", null));
        assertRefused("customer.notFound", () -> channel.partnersServing(customer));
    }

    @Test
    void aRequestByEmailIsAcceptedByWhicheverResellerOpensTheLinkAndBecomesItsPartnership() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner first = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner second = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner otherProvider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(provider.adminEmail());
        PartnershipLink link = partnerships.requestResellerByEmail("Sales@Reseller.example", "");
        assertEquals("sales@reseller.example", link.resellerContactEmail());
        assertEquals(null, link.resellerName(), "no reseller until one answers");
        assertEquals(List.of("sales@reseller.example"), queries.requests().stream()
                .map(PartnershipRequestRow::otherName).toList());
        assertRefused("partnership.alreadyOpen", () -> partnerships.requestResellerByEmail("sales@reseller.example", null));

        fixtures.signInAs(otherProvider.adminEmail());
        assertRefused("partnership.answer.onlyResellers", () -> queries.invitation(link.token().value()));
        fixtures.signInAs(first.adminEmail());
        assertEquals(first.name(), queries.invitation(link.token().value()).resellerName());
        partnerships.acceptLink(link.token().value());
        assertEquals(List.of(provider.name()), channel.partners().stream().map(PartnerRow::name).toList());
        fixtures.signInAs(second.adminEmail());
        assertRefused("partnership.answer.otherPartner", () -> partnerships.acceptLink(link.token().value()));

        fixtures.signInAs(provider.adminEmail());
        assertEquals(List.of(first.name()), channel.partners().stream().map(PartnerRow::name).toList());
        PartnershipLink again = partnerships.requestResellerByEmail("other@reseller.example", null);
        fixtures.signInAs(first.adminEmail());
        assertRefused("partnership.alreadyOpen", () -> partnerships.acceptLink(again.token().value()));
        fixtures.signInAs(provider.adminEmail());
        assertRefused("partnership.mpnId.unknown", () -> partnerships.requestResellerByEmail("x@reseller.example", "99999999"));
    }

    /** An active partnership between the two, asked for by the provider and accepted by the reseller. */
    private long partnered(TestPartner provider, TestPartner reseller) {
        fixtures.signInAs(provider.adminEmail());
        PartnershipLink link = partnerships.requestReseller(reseller.mpnId());
        fixtures.signInAs(reseller.adminEmail());
        partnerships.acceptLink(link.token().value());
        return link.partnershipId();
    }

    @Test
    void twoAcceptancesOfTheSameRequestAtOnceMakeOnePartnership() throws Exception {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(provider.adminEmail());
        String token = partnerships.requestReseller(reseller.mpnId()).token().value();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);

        // Both tasks run as the user signed in when they were submitted: signing in again in
        // between would sign the first task out too (the container shares the caller's context).
        // The row lock, not the person, is what decides the race.
        fixtures.signInAs(reseller.adminEmail());
        Future<String> first = executor.submit(acceptance(start, token));
        Future<String> second = executor.submit(acceptance(start, token));
        start.countDown();
        List<String> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

        assertEquals(1, outcomes.stream().filter("accepted"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("partnership.alreadyAnswered"), outcomes.toString());
        assertEquals(1, channel.partners().size());
    }

    private Callable<String> acceptance(CountDownLatch start, String token) {
        return () -> {
            start.await();
            try {
                partnerships.acceptLink(token);
                return "accepted";
            } catch (BusinessException refusal) {
                return refusal.messageKey();
            } catch (EJBException failure) {
                return String.valueOf(rootCause(failure));
            }
        };
    }

    private static void assertRefused(String messageKey, Executable attempt) {
        assertEquals(messageKey, assertThrows(BusinessException.class, attempt).messageKey());
    }
}
