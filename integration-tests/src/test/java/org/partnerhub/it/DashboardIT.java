package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.adminrelationship.AdminRelationshipLink;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.adminrelationship.AdminRole;
import org.partnerhub.adminrelationship.NewAdminRelationship;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customerarea.AdminApprovalService;
import org.partnerhub.dashboard.Dashboard;
import org.partnerhub.dashboard.DashboardQueries;
import org.partnerhub.dashboard.MonthCount;
import org.partnerhub.dashboard.OfferFigures;
import org.partnerhub.dashboard.ResellerFigures;
import org.partnerhub.dashboard.StatusCount;
import org.partnerhub.dashboard.Trend;
import org.partnerhub.dashboard.Waiting;
import org.partnerhub.dashboard.WaitingForYou;
import org.partnerhub.dashboard.WaitingKind;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.referral.NewReferral;
import org.partnerhub.referral.ReferralService;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.SubscriptionTransferService;

/**
 * Home's dashboard against data each test makes: a provider with two partnered resellers,
 * customers shared with them, subscriptions of several offers and statuses, one customer it no
 * longer serves and another provider's business beside it. The figures are exact, the
 * partner's own, and what waits is what the user's role can act on.
 */
class DashboardIT extends InContainerTest {

    private static final long BUSINESS_BASIC = 1;
    private static final long BUSINESS_STANDARD = 2;
    private static final long BUSINESS_PREMIUM = 3;
    private static final long OFFICE_E3 = 4;
    private static final String CUSTOMER_PASSWORD = "Customer-Admin-Secret-1";

    @EJB
    DashboardQueries dashboards;

    @EJB
    TestData testData;

    @EJB
    CustomerService customers;

    @EJB
    SubscriptionTransferService transfers;

    @EJB
    PartnershipService partnerships;

    @EJB
    AdminRelationshipService adminRelationships;

    @EJB
    AdminApprovalService approvals;

    @EJB
    ReferralService referrals;

    @EJB
    AuditLogQueries auditLog;

    /** The provider's channel: who serves which customer, with which subscriptions. */
    private record Channel(TestPartner provider, TestPartner firstReseller, TestPartner secondReseller,
            TestPartner otherProvider, long servedByBoth) {
    }

    @Test
    void aProviderSeesExactCountsPerOfferPerResellerAndPerStatusOfItsOwnCustomersOnly() {
        Channel channel = channel();
        fixtures.signInAs(channel.provider().adminEmail());

        Dashboard dashboard = dashboards.dashboard();

        assertEquals(new Trend(5, 5, 0), dashboard.customers(), "five customers served, a sixth no longer");
        assertEquals(new Trend(5, 5, 0), dashboard.activeSubscriptions());
        assertEquals(new Trend(55, 55, 0), dashboard.licenses());
        assertEquals(new Trend(2, 2, 0), dashboard.partners(), "two partnered resellers; a pending request is none");
        assertEquals(List.of(
                        "Microsoft 365 Business Basic: 2 subscriptions, 20 licenses",
                        "Office 365 E3: 1 subscriptions, 20 licenses",
                        "Microsoft 365 Business Standard: 2 subscriptions, 15 licenses"),
                dashboard.offers().stream().map(DashboardIT::describe).toList());
        assertEquals("Microsoft 365 Empresa Básico", dashboard.offers().get(0).offerName().in(Language.ES));
        assertEquals(List.of(
                        channel.firstReseller().name() + ": 2 customers, 20 licenses",
                        channel.secondReseller().name() + ": 1 customers, 10 licenses"),
                dashboard.resellers().stream().map(DashboardIT::describe).toList(),
                "per partnered reseller; the other provider that also serves a customer is none");
        assertEquals(channel.firstReseller().mpnId(), dashboard.resellers().get(0).mpnId());
        assertEquals(List.of(new StatusCount("ACTIVE", 5), new StatusCount("SUSPENDED", 1),
                new StatusCount("CANCELLED", 1)), dashboard.statuses());
        List<Long> months = new ArrayList<>(Collections.nCopies(11, 0L));
        months.add(5L);
        assertEquals(months, dashboard.customersAdded().stream().map(MonthCount::customers).toList());
        YearMonth now = YearMonth.from(LocalDateTime.now(ZoneOffset.UTC));
        assertEquals(now, dashboard.customersAdded().get(11).month(), "the current month last");
        assertEquals(now.minusMonths(11), dashboard.customersAdded().get(0).month());

        fixtures.signInAs(fixtures.newUser(channel.provider(), PartnerRole.HELPDESK_AGENT));
        assertEquals(dashboard.customers(), dashboards.dashboard().customers(), "every role sees the figures");
    }

    @Test
    void aResellerCountsTheSubscriptionsCreditedToItAndThoseItHolds() {
        Channel channel = channel();
        fixtures.signInAs(channel.firstReseller().adminEmail());

        Dashboard dashboard = dashboards.dashboard();

        assertEquals(new Trend(2, 2, 0), dashboard.customers());
        assertEquals(new Trend(3, 3, 0), dashboard.activeSubscriptions(), "two credited to it, one it holds");
        assertEquals(new Trend(24, 24, 0), dashboard.licenses());
        assertEquals(new Trend(1, 1, 0), dashboard.partners(), "its provider");
        assertEquals(List.of(
                        "Microsoft 365 Business Basic: 2 subscriptions, 20 licenses",
                        "Microsoft 365 Business Premium: 1 subscriptions, 4 licenses"),
                dashboard.offers().stream().map(DashboardIT::describe).toList());
        assertEquals(List.of(), dashboard.resellers(), "resellers are a provider's chart");
    }

    @Test
    void anotherPartnerSeesOnlyItsOwnBusinessBesideTheProviders() {
        Channel channel = channel();
        fixtures.signInAs(channel.otherProvider().adminEmail());

        Dashboard dashboard = dashboards.dashboard();

        assertEquals(2, dashboard.customers().now(), "its own customer and the one it shares");
        assertEquals(new Trend(1, 1, 0), dashboard.activeSubscriptions());
        assertEquals(new Trend(100, 100, 0), dashboard.licenses());
        assertEquals(List.of("Microsoft 365 Business Basic: 1 subscriptions, 100 licenses"),
                dashboard.offers().stream().map(DashboardIT::describe).toList());
    }

    @Test
    void whatWaitsIsWhatTheRoleCanActOn() {
        Channel channel = channel();
        fixtures.signInAs(channel.provider().adminEmail());
        long testCustomer = testData.customerWithoutDelegation(channel.provider().id(), "Granted " + channel.provider().mpnId());
        String customerAdmin = testData.customerAdmin(testCustomer, CUSTOMER_PASSWORD);
        AdminRelationshipLink link = adminRelationships.request(testCustomer,
                new NewAdminRelationship("Support", Set.of(AdminRole.USER_ADMINISTRATOR), 40, false));
        fixtures.signInAs(customerAdmin, CUSTOMER_PASSWORD);
        approvals.approve(link.token().value());
        testData.backdateAdminRelationship(link.relationshipId(), 15);
        testData.invitationValidFor(channel.provider().id(), 3);
        testData.invitationValidFor(channel.provider().id(), 30);
        testData.expireInvitation(testData.invitationValidFor(channel.provider().id(), 3));
        TestPartner asking = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(asking.adminEmail());
        partnerships.requestProvider(channel.provider().id());
        fixtures.signInAs(channel.otherProvider().adminEmail());
        long held = testData.subscription(channel.provider().id(), channel.servedByBoth(), BUSINESS_STANDARD, 7);
        transfers.request(channel.servedByBoth(), List.of(held), null);
        fixtures.signInAs(channel.provider().adminEmail());
        referrals.create(lead("Referred " + channel.provider().mpnId()), testData.partnerIdOf(channel.firstReseller().mpnId()));

        WaitingForYou admin = dashboards.waitingForYou();
        assertEquals(List.of(new Waiting(WaitingKind.PARTNERSHIP_REQUESTS, 1), new Waiting(WaitingKind.TRANSFERS, 1),
                new Waiting(WaitingKind.INVITATIONS_EXPIRING, 1), new Waiting(WaitingKind.ADMIN_RELATIONSHIPS_ENDING, 1)),
                admin.items(), "the referral waits for the reseller, not for the provider that sent it");
        assertEquals(List.of(link.relationshipId()),
                admin.adminRelationshipsEnding().stream().map(AdminRelationshipRow::id).toList());

        fixtures.signInAs(fixtures.newUser(channel.provider(), PartnerRole.ADMIN_AGENT));
        assertEquals(admin.items(), dashboards.waitingForYou().items(), "an Admin agent acts on the same");
        fixtures.signInAs(fixtures.newUser(channel.provider(), PartnerRole.SALES_AGENT));
        assertTrue(dashboards.waitingForYou().isEmpty(), "none of these is a Sales agent's");
        fixtures.signInAs(fixtures.newUser(channel.provider(), PartnerRole.HELPDESK_AGENT));
        WaitingForYou helpdesk = dashboards.waitingForYou();
        assertTrue(helpdesk.isEmpty() && helpdesk.adminRelationshipsEnding().isEmpty(), "a Helpdesk agent acts on none");

        fixtures.signInAs(channel.firstReseller().adminEmail());
        assertEquals(List.of(new Waiting(WaitingKind.REFERRALS, 1)), dashboards.waitingForYou().items());
        fixtures.signInAs(fixtures.newUser(channel.firstReseller(), PartnerRole.SALES_AGENT));
        assertEquals(List.of(new Waiting(WaitingKind.REFERRALS, 1)), dashboards.waitingForYou().items(),
                "a Sales agent answers referrals");
    }

    @Test
    void homesActivityLeavesOutSignIns() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        fixtures.newUser(partner, PartnerRole.SALES_AGENT);
        fixtures.signInAs(partner.adminEmail());

        List<AuditAction> shown = auditLog.latestWithoutSignIns(10).stream().map(AuditEntry::action).toList();

        assertTrue(auditLog.latest(10).stream().anyMatch(entry -> entry.action() == AuditAction.SIGNED_IN),
                "the log keeps the sign-ins");
        assertEquals(List.of(AuditAction.USER_ADDED, AuditAction.USER_ADDED, AuditAction.PARTNER_REGISTERED), shown);
    }

    /**
     * A provider with two partnered resellers and five customers: the first two shared with the
     * first reseller, the third with the second, the fourth also served by another provider, the
     * fifth with a cancelled subscription; a sixth whose relationship the provider removed. The
     * resellers and the other provider have business of their own.
     */
    private Channel channel() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner first = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner second = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner other = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        testData.partnership(provider.id(), first.id());
        testData.partnership(provider.id(), second.id());
        long p = provider.id();

        long c1 = customer(p, "One");
        testData.relationship(first.id(), c1);
        testData.creditedSubscription(p, c1, first.id(), BUSINESS_BASIC);
        testData.subscription(p, c1, BUSINESS_STANDARD, 5);
        testData.subscription(first.id(), c1, BUSINESS_PREMIUM, 4); // the reseller's own, bought before the two-tier rule
        long c2 = customer(p, "Two");
        testData.relationship(first.id(), c2);
        testData.creditedSubscription(p, c2, first.id(), BUSINESS_BASIC);
        long c3 = customer(p, "Three");
        testData.relationship(second.id(), c3);
        testData.creditedSubscription(p, c3, second.id(), BUSINESS_STANDARD);
        long c4 = customer(p, "Four");
        testData.relationship(other.id(), c4);
        testData.subscription(p, c4, OFFICE_E3, 20);
        testData.statusCode(testData.subscription(p, c4, BUSINESS_BASIC, 3), "SUSPENDED");
        long c5 = customer(p, "Five");
        testData.statusCode(testData.subscription(p, c5, BUSINESS_PREMIUM, 2), "CANCELLED");

        long gone = customer(p, "Gone");
        testData.statusCode(testData.subscription(p, gone, BUSINESS_BASIC, 50), "CANCELLED");
        fixtures.signInAs(provider.adminEmail());
        customers.removeRelationship(gone, new RelationshipRemoval(true, "Moved to another partner"));

        long othersOwn = customer(other.id(), "Elsewhere");
        testData.subscription(other.id(), othersOwn, BUSINESS_BASIC, 100);
        long secondsOwn = customer(second.id(), "Second's own");
        testData.subscription(second.id(), secondsOwn, OFFICE_E3, 30);
        return new Channel(provider, first, second, other, c4);
    }

    private long customer(long partnerId, String name) {
        return testData.customerOf(partnerId, name + " " + partnerId).getId();
    }

    private static NewReferral lead(String company) {
        NewReferral lead = new NewReferral();
        lead.setCompanyName(company);
        lead.setContactFirstName("Lucía");
        lead.setContactLastName("García");
        lead.setContactEmail("lucia@lead.example");
        lead.setCountry("ES");
        return lead;
    }

    private static String describe(OfferFigures offer) {
        return offer.offerName().en() + ": " + offer.subscriptions() + " subscriptions, " + offer.licenses() + " licenses";
    }

    private static String describe(ResellerFigures reseller) {
        return reseller.resellerName() + ": " + reseller.customers() + " customers, " + reseller.licenses() + " licenses";
    }
}
