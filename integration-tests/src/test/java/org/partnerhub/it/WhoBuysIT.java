package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customerarea.SelfService;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.RelationshipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionService;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.subscription.TransferRow;

/**
 * The two-tier rule through the services: an indirect reseller sells through one of its
 * partnered providers, which buys and becomes the partner of record while the reseller is
 * credited, in an order, a new customer's first order, a transfer and the customer's own
 * purchase; direct resellers and providers buy as before.
 */
class WhoBuysIT extends InContainerTest {

    // Seeded offers (V2 migration): 1 = Business Basic (self-service), 2 = Business Standard (1-300).
    private static final long BUSINESS_BASIC = 1;
    private static final long BUSINESS_STANDARD = 2;
    private static final String CUSTOMER_PASSWORD = "Customer-Admin-Secret-1";

    @EJB
    SubscriptionService subscriptions;

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries customerQueries;

    @EJB
    SubscriptionTransferService transfers;

    @EJB
    SelfService selfService;

    @EJB
    RelationshipService relationships;

    @EJB
    AuditLogQueries audit;

    @EJB
    TestData testData;

    @Test
    void aResellersOrderIsBoughtByTheProviderItNamesAndCreditedToTheReseller() {
        Channel channel = channel();
        long customer = testData.customerOf(channel.reseller.id(), "Through Provider Ltd").getId();
        testData.relationship(channel.provider.id(), customer);
        fixtures.signInAs(channel.reseller.adminEmail());
        List<OrderLine> order = List.of(new OrderLine(BUSINESS_STANDARD, 3));

        assertRefused("order.provider.required", "provider", () -> subscriptions.addSubscriptions(customer, order, null, null));
        assertRefused("partnership.provider.notPartner", "provider",
                () -> subscriptions.addSubscriptions(customer, order, null, channel.stranger.id()));
        assertRefused("order.provider.notServing", "provider",
                () -> subscriptions.addSubscriptions(customer, order, null, channel.otherProvider.id()));
        assertRefused("order.reseller.onlyProviders", "creditedReseller",
                () -> subscriptions.addSubscriptions(customer, order, channel.reseller.id(), channel.provider.id()));
        assertEquals(List.of(), customerQueries.subscriptions(customer), "the refused orders left nothing");

        subscriptions.addSubscriptions(customer, order, null, channel.provider.id());
        SubscriptionRow bought = customerQueries.subscriptions(customer).get(0);
        assertEquals(channel.provider.id(), bought.partnerId(), "the provider is the partner of record");
        assertEquals(channel.reseller.mpnId(), bought.resellerMpnId(), "the reseller is credited");
        assertEquals(AuditAction.ORDER_SUBMITTED, lastChange().action());

        fixtures.signInAs(channel.provider.adminEmail());
        AuditEntry providerSide = lastChange();
        assertEquals(AuditAction.ORDER_SUBMITTED, providerSide.action());
        assertEquals(channel.reseller.adminEmail(), providerSide.actorEmail());
        assertTrue(customerQueries.subscriptions(customer).get(0).isBoughtThrough(channel.provider.id()));
    }

    @Test
    void directResellersAndProvidersBuyThemselvesAndNameNoProvider() {
        TestPartner direct = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(direct.id(), "Direct Buyer Ltd").getId();
        fixtures.signInAs(direct.adminEmail());
        assertRefused("order.provider.onlyResellers", "provider", () -> subscriptions.addSubscriptions(customer,
                List.of(new OrderLine(BUSINESS_STANDARD, 2)), null, direct.id()));
        subscriptions.addSubscriptions(customer, List.of(new OrderLine(BUSINESS_STANDARD, 2)), null, null);
        SubscriptionRow bought = customerQueries.subscriptions(customer).get(0);
        assertEquals(direct.id(), bought.partnerId());
        assertNull(bought.resellerMpnId());
    }

    @Test
    void aResellersNewCustomerIsAddedWithItsProviderWhichBuysTheFirstOrder() {
        Channel channel = channel();
        fixtures.signInAs(channel.reseller.adminEmail());
        long before = customerQueries.count(CustomerSearch.all());
        NewCustomer withoutProvider = TestData.details("No Provider Ltd", prefix());
        assertRefused("order.provider.required", "indirectProvider",
                () -> customers.addCustomer(withoutProvider, List.of(new OrderLine(BUSINESS_STANDARD, 1))));
        NewCustomer strangers = TestData.details("Stranger Provider Ltd", prefix());
        strangers.setIndirectProviderId(channel.stranger.id());
        assertRefused("partnership.provider.notPartner", "indirectProvider",
                () -> customers.addCustomer(strangers, List.of(new OrderLine(BUSINESS_STANDARD, 1))));
        assertEquals(before, customerQueries.count(CustomerSearch.all()), "no customer was written");

        NewCustomer details = TestData.details("With Provider Ltd", prefix());
        details.setIndirectProviderId(channel.provider.id());
        long customer = customers.addCustomer(details, List.of(new OrderLine(BUSINESS_STANDARD, 1))).customerId();
        SubscriptionRow bought = customerQueries.subscriptions(customer).get(0);
        assertEquals(channel.provider.id(), bought.partnerId());
        assertEquals(channel.reseller.mpnId(), bought.resellerMpnId());

        fixtures.signInAs(channel.provider.adminEmail());
        assertEquals("With Provider Ltd", customerQueries.summary(customer).account().info().getCompanyName(),
                "the provider serves the new customer too");
        assertEquals(List.of(AuditAction.ORDER_SUBMITTED, AuditAction.CUSTOMER_CREATED), audit.latest(10).stream()
                .map(AuditEntry::action).filter(action -> action != AuditAction.SIGNED_IN).limit(2).toList());
    }

    @Test
    void aResellersTransferMakesItsProviderThePartnerOfRecordAndCreditsTheReseller() {
        Channel channel = channel();
        TestPartner holder = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(holder.id(), "Moving Ltd").getId();
        testData.relationship(channel.reseller.id(), customer);
        long subscription = testData.subscription(holder.id(), customer, BUSINESS_STANDARD, 4);

        fixtures.signInAs(channel.reseller.adminEmail());
        assertRefused("order.provider.required", "provider", () -> transfers.request(customer, List.of(subscription), null));
        assertRefused("order.provider.notServing", "provider",
                () -> transfers.request(customer, List.of(subscription), channel.provider.id()));
        testData.relationship(channel.provider.id(), customer);
        fixtures.signInAs(channel.reseller.adminEmail());
        long transfer = transfers.request(customer, List.of(subscription), channel.provider.id());
        assertEquals(channel.provider.name(), transfers.transfer(transfer).viaProviderName());

        fixtures.signInAs(holder.adminEmail());
        TransferRow incoming = transfers.transfer(transfer);
        assertEquals(channel.reseller.name(), incoming.otherPartnerName());
        assertEquals(channel.provider.name(), incoming.viaProviderName());
        transfers.approve(transfer);

        fixtures.signInAs(channel.provider.adminEmail());
        SubscriptionRow moved = customerQueries.subscriptions(customer).get(0);
        assertEquals(channel.provider.id(), moved.partnerId(), "the provider holds it now");
        assertEquals(channel.reseller.mpnId(), moved.resellerMpnId(), "credited to the reseller that asked");
        assertEquals(AuditAction.TRANSFER_APPROVED, lastChange().action(), "the provider's log keeps the step");
    }

    @Test
    void aCustomerBuyingThroughAResellerBuysFromTheResellersProvider() {
        Channel channel = channel();
        long customer = testData.customerOf(channel.reseller.id(), "Self Buyer Ltd").getId();
        String admin = testData.customerAdmin(customer, CUSTOMER_PASSWORD);
        fixtures.signInAs(channel.reseller.adminEmail());
        relationships.allowSelfService(customer, true);

        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        assertRefused("selfService.noProvider", null,
                () -> selfService.buy(channel.reseller.id(), List.of(new OrderLine(BUSINESS_BASIC, 2))));
        testData.relationship(channel.provider.id(), customer);
        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        selfService.buy(channel.reseller.id(), List.of(new OrderLine(BUSINESS_BASIC, 2)));

        fixtures.signInAs(channel.reseller.adminEmail());
        SubscriptionRow bought = customerQueries.subscriptions(customer).get(0);
        assertEquals(channel.provider.id(), bought.partnerId());
        assertEquals(channel.reseller.mpnId(), bought.resellerMpnId());
    }

    /**
     * A reseller with active partnerships with two providers (the tests decide which serves a
     * customer), and a provider it has no partnership with.
     */
    private Channel channel() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner otherProvider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        testData.partnership(provider.id(), reseller.id());
        testData.partnership(otherProvider.id(), reseller.id());
        return new Channel(provider, reseller, otherProvider, stranger);
    }

    private record Channel(TestPartner provider, TestPartner reseller, TestPartner otherProvider, TestPartner stranger) {
    }

    private AuditEntry lastChange() {
        return audit.latest(5).stream().filter(entry -> entry.action() != AuditAction.SIGNED_IN).findFirst().orElseThrow();
    }

    private static String prefix() {
        return "buy-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(String messageKey, String field, Executable attempt) {
        BusinessException refusal = assertThrows(BusinessException.class, attempt);
        assertEquals(messageKey, refusal.messageKey());
        assertEquals(field, refusal.field());
    }
}
