package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.customer.CustomerAcceptanceService;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customerarea.SelfService;
import org.partnerhub.customerarea.SellerRow;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.relationship.RelationshipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.SubscriptionChangeService;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.subscription.TransferRow;
import org.partnerhub.subscription.TransferStatus;

/** Subscriptions moving between partners on request and approval; customers buying their own services. */
class SubscriptionTransfersIT extends InContainerTest {

    private static final long BUSINESS_BASIC = 1;
    private static final long BUSINESS_STANDARD = 2;
    private static final long OFFICE_E3 = 4;
    private static final String CUSTOMER_PASSWORD = "Customer-Admin-Secret-1";

    @EJB
    SubscriptionTransferService transfers;

    @EJB
    SubscriptionChangeService changes;

    @EJB
    SelfService selfService;

    @EJB
    RelationshipService relationships;

    @EJB
    CustomerQueries customerQueries;

    @EJB
    RelationshipInvitationService invitations;

    @EJB
    CustomerAcceptanceService acceptance;

    @EJB
    AuditLogQueries audit;

    @EJB
    TestData testData;

    @Test
    void anApprovedTransferMovesEveryRequestedSubscriptionAndBothSidesKeepIt() {
        Shared shared = sharedCustomer();
        long first = testData.subscription(shared.holder.id(), shared.customer, BUSINESS_STANDARD, 5);
        long second = testData.subscription(shared.holder.id(), shared.customer, OFFICE_E3, 10);

        fixtures.signInAs(shared.requester.adminEmail());
        assertEquals(List.of(first, second), transfers.transferable(shared.customer).stream().map(SubscriptionRow::id).toList());
        long transfer = transfers.request(shared.customer, List.of(first, second), null);
        assertRefused("transfer.alreadyRequested", () -> transfers.request(shared.customer, List.of(first), null));
        assertRefused("transfer.notFound", () -> transfers.approve(transfer));
        assertEquals(List.of(), transfers.transferable(shared.customer));

        fixtures.signInAs(shared.holder.adminEmail());
        TransferRow incoming = transfers.page(null, 10).items().get(0);
        assertTrue(incoming.incoming());
        assertEquals(shared.requester.name(), incoming.otherPartnerName());
        assertEquals("Microsoft 365 Business Standard (5), Office 365 E3 (10)", incoming.subscriptions(Locale.ENGLISH));
        assertEquals("Microsoft 365 Empresa Estándar (5), Office 365 E3 (10)", incoming.subscriptions(Language.ES.locale()));
        transfers.approve(transfer);
        assertRefused("transfer.decided", () -> transfers.approve(transfer));
        assertRefused("subscription.notFound", () -> changes.changeLicenses(first, 0, 6));
        assertEquals(AuditAction.TRANSFER_APPROVED, audit.latest(5).stream()
                .filter(entry -> entry.action() != AuditAction.SIGNED_IN).findFirst().orElseThrow().action());

        fixtures.signInAs(shared.requester.adminEmail());
        assertTrue(changes.view(first).mine() && changes.view(second).mine());
        assertEquals(TransferStatus.APPROVED, transfers.page(null, 10).items().get(0).status());
        List<AuditAction> logged = audit.latest(10).stream().map(AuditEntry::action)
                .filter(action -> action.name().startsWith("TRANSFER")).toList();
        assertEquals(List.of(AuditAction.TRANSFER_APPROVED, AuditAction.TRANSFER_REQUESTED), logged);
    }

    @Test
    void approvalMovesAllOrNothing() {
        Shared shared = sharedCustomer();
        long first = testData.subscription(shared.holder.id(), shared.customer, BUSINESS_STANDARD, 5);
        long second = testData.subscription(shared.holder.id(), shared.customer, BUSINESS_BASIC, 5);
        fixtures.signInAs(shared.requester.adminEmail());
        long transfer = transfers.request(shared.customer, List.of(first, second), null);

        fixtures.signInAs(shared.holder.adminEmail());
        changes.cancel(second, changes.view(second).row().version(), "Ended by the customer");
        assertRefused("transfer.subscriptionEnded", () -> transfers.approve(transfer));
        assertTrue(changes.view(first).mine(), "the first one did not move either");
        assertEquals(TransferStatus.PENDING, transfers.page(null, 10).items().get(0).status());
    }

    @Test
    void rejectedOrExpiredRequestsCannotBeApproved() {
        Shared shared = sharedCustomer();
        long subscription = testData.subscription(shared.holder.id(), shared.customer, BUSINESS_STANDARD, 5);
        fixtures.signInAs(shared.requester.adminEmail());
        long rejected = transfers.request(shared.customer, List.of(subscription), null);

        fixtures.signInAs(shared.holder.adminEmail());
        assertRefused("subscription.reason.required", () -> transfers.reject(rejected, " "));
        transfers.reject(rejected, "Contract runs until June");
        assertRefused("transfer.decided", () -> transfers.approve(rejected));

        fixtures.signInAs(shared.requester.adminEmail());
        assertEquals("Contract runs until June", transfers.page(null, 10).items().get(0).decisionReason());
        long expired = transfers.request(shared.customer, List.of(subscription), null);
        testData.expireTransfer(expired);
        assertEquals(TransferStatus.EXPIRED, transfers.page(null, 10).items().get(0).status());
        fixtures.signInAs(shared.holder.adminEmail());
        assertRefused("transfer.expired", () -> transfers.approve(expired));
        assertTrue(changes.view(subscription).mine());

        fixtures.signInAs(fixtures.newUser(shared.holder, PartnerRole.SALES_AGENT));
        assertThrows(EJBAccessException.class, () -> transfers.page(null, 10).items());
    }

    @Test
    void aCustomerBuysItsOwnServicesOnlyThroughAPartnerThatAllowsIt() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        String prefix = "self-" + UUID.randomUUID().toString().substring(0, 8);
        long customer = acceptance.acceptAsNewCustomer(invitations.invite(Language.EN, null, null).token().value(),
                TestData.details("Self Service Ltd", prefix), CUSTOMER_PASSWORD);
        String admin = "admin@" + prefix + ".partnerhub.example";

        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        assertEquals(List.of(), selfService.sellers());
        assertRefused("selfService.notAllowed", () -> selfService.buy(partner.id(), List.of(new OrderLine(BUSINESS_BASIC, 3))));

        fixtures.signInAs(partner.adminEmail());
        assertFalse(customerQueries.account(customer).selfService(), "off by default");
        relationships.allowSelfService(customer, true);

        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        assertEquals(List.of(partner.name()), selfService.sellers().stream().map(SellerRow::name).toList());
        List<String> offers = selfService.offers(partner.id()).stream().map(offer -> offer.name(Locale.ENGLISH)).toList();
        assertTrue(offers.contains("Microsoft 365 Business Basic") && !offers.contains("Office 365 E3"), offers.toString());
        assertRefused("order.offer.unknown", () -> selfService.buy(partner.id(), List.of(new OrderLine(OFFICE_E3, 5))));
        selfService.buy(partner.id(), List.of(new OrderLine(BUSINESS_BASIC, 3)));

        fixtures.signInAs(partner.adminEmail());
        assertEquals(List.of("Microsoft 365 Business Basic"),
                customerQueries.subscriptions(customer).stream().map(row -> row.offerName(Locale.ENGLISH)).toList());
        AuditEntry bought = audit.latest(5).stream().filter(entry -> entry.action() != AuditAction.SIGNED_IN)
                .findFirst().orElseThrow();
        assertEquals(AuditAction.ORDER_SUBMITTED, bought.action());
        assertEquals(admin, bought.actorEmail());
    }

    private record Shared(TestPartner holder, TestPartner requester, long customer) {
    }

    /** A customer of one partner that another partner acts for too. */
    private Shared sharedCustomer() {
        TestPartner holder = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner requester = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(holder.id(), "Shared " + holder.mpnId()).getId();
        testData.relationship(requester.id(), customer);
        return new Shared(holder, requester, customer);
    }

    private static void assertRefused(String messageKey, Executable attempt) {
        assertEquals(messageKey, assertThrows(BusinessException.class, attempt).messageKey());
    }
}
