package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.partnerhub.customer.CustomerAcceptanceService;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerRow;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.NewCustomerCredentials;
import org.partnerhub.customer.RelationshipHistoryQueries;
import org.partnerhub.customerarea.MyPartnerRow;
import org.partnerhub.customerarea.MyPartnersQueries;
import org.partnerhub.customerarea.WaitingInvitationRow;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.relationship.FormerCustomerRow;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.relationship.HistoryStep;
import org.partnerhub.relationship.InvitationLink;
import org.partnerhub.relationship.InvitationStatus;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.relationship.RelationshipStatus;
import org.partnerhub.security.FailedSignIns;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.subscription.OrderLine;

/** Invitations to customers, sent by partners and answered by whoever holds the link. */
class RelationshipInvitationIT extends InContainerTest {

    private static final long OFFICE_E3 = 4;
    private static final String CUSTOMER_PASSWORD = "Customer-Admin-Secret-1";

    @EJB
    RelationshipInvitationService invitations;

    @EJB
    CustomerAcceptanceService acceptance;

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries customerQueries;

    @EJB
    PartnershipService partnerships;

    @EJB
    TestData testData;

    @EJB
    MyPartnersQueries myPartners;

    @EJB
    RelationshipHistoryQueries history;

    /**
     * The admin password on the acceptance page is what can be guessed: it waits after five
     * failures for that account, like sign-in; the link itself, and other people's wrong links,
     * never make a valid link wait.
     */
    @Test
    void theAdminPasswordIsThrottledPerAccountAndAValidLinkNeverWaits() {
        Invited invited = existingCustomerInvited("Guarded Ltd", Language.EN);
        NewCustomerCredentials created = invited.customer();
        String token = invited.token();
        for (int i = 0; i < 20; i++) {
            assertRefused("invitation.link.unknown", () -> acceptance.invitation(LinkToken.generate().value()));
        }

        for (int i = 1; i < FailedSignIns.ACCOUNT_LIMIT; i++) {
            assertRefused("invitation.signIn.failed", () -> acceptance.acceptAsExistingCustomer(token,
                    created.adminUserName(), "wrong-password".toCharArray()));
        }
        assertRefused("signIn.locked", () -> acceptance.acceptAsExistingCustomer(token,
                created.adminUserName(), "wrong-password".toCharArray()));
        assertRefused("signIn.locked", () -> acceptance.acceptAsExistingCustomer(token, created.adminUserName(),
                created.temporaryPassword().value().toCharArray()));

        assertEquals(invited.invitingPartner().name(), acceptance.invitation(token).partnerName(), "the link still opens");
        testData.endFailedSignInWindow(created.adminUserName());
        assertEquals(created.customerId(), acceptance.acceptAsExistingCustomer(token, created.adminUserName(),
                created.temporaryPassword().value().toCharArray()));
    }

    @Test
    void anExistingCustomerAcceptsBySigningInWithItsAdminUser() {
        Invited invited = existingCustomerInvited("Existing Ltd", Language.PT_BR);
        TestPartner invitingPartner = invited.invitingPartner();
        NewCustomerCredentials created = invited.customer();
        String token = invited.token();

        assertEquals(invitingPartner.name(), acceptance.invitation(token).partnerName());
        assertRefused("invitation.signIn.failed", () -> acceptance.acceptAsExistingCustomer(token,
                created.adminUserName(), "wrong-password".toCharArray()));
        assertRefused("invitation.signIn.failed", () -> acceptance.acceptAsExistingCustomer(token,
                "admin@nobody-here.partnerhub.example", "wrong-password".toCharArray()));
        long customer = acceptance.acceptAsExistingCustomer(token, created.adminUserName(),
                created.temporaryPassword().value().toCharArray());

        assertEquals(created.customerId(), customer);
        assertEquals(List.of("Existing Ltd"), customerQueries.customers(CustomerSearch.all(), 0, 10).stream()
                .map(CustomerRow::companyName).toList());
        assertTrue(customerQueries.summary(customer).account().delegatedAdmin());
        assertEquals(InvitationStatus.ACCEPTED, invitations.page(null, 10).items().get(0).status());
        assertEquals("Existing Ltd", invitations.page(null, 10).items().get(0).customerName());
        assertRefused("invitation.answered", () -> acceptance.acceptAsExistingCustomer(token, created.adminUserName(),
                created.temporaryPassword().value().toCharArray()));
        assertRefused("invitation.answered", () -> acceptance.invitation(token));
    }

    @Test
    void aJointInvitationConnectsTheResellerAndItsProviderOrNeither() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner strangerProvider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(provider.adminEmail());
        long partnership = partnerships.requestReseller(reseller.mpnId()).partnershipId();
        assertRefused("invitation.joint.onlyResellers", () -> invitations.invite(Language.EN, reseller.id(), null));
        fixtures.signInAs(reseller.adminEmail());
        partnerships.accept(partnership);
        assertRefused("partnership.provider.notPartner", () -> invitations.invite(Language.EN, strangerProvider.id(), null));

        InvitationLink joint = invitations.invite(Language.ES, provider.id(), null);
        assertEquals(provider.name(), acceptance.invitation(joint.token().value()).jointProviderName());
        long customer = acceptance.acceptAsNewCustomer(joint.token().value(), TestData.details("Nueva SA", prefix()),
                CUSTOMER_PASSWORD);
        assertEquals(1, customerQueries.count(CustomerSearch.all()));
        fixtures.signInAs(provider.adminEmail());
        assertEquals(customer, customerQueries.customers(CustomerSearch.all(), 0, 10).get(0).id());

        fixtures.signInAs(reseller.adminEmail());
        String second = invitations.invite(Language.ES, provider.id(), null).token().value();
        partnerships.end(partnership, "before the customer answered");
        String otherPrefix = prefix();
        assertRefused("partnership.provider.notPartner", () -> acceptance.acceptAsNewCustomer(second,
                TestData.details("Ninguna SA", otherPrefix), CUSTOMER_PASSWORD));
        assertTrue(customerQueries.domainPrefixAvailable(otherPrefix), "no customer was made");
        assertEquals(1, customerQueries.count(CustomerSearch.all()), "no relationship either");
    }

    @Test
    void expiredRevokedTamperedAndReplacedLinksChangeNothing() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner other = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        String helpdesk = fixtures.newUser(partner, PartnerRole.HELPDESK_AGENT);
        fixtures.signInAs(partner.adminEmail());
        InvitationLink first = invitations.invite(Language.EN, null, null);
        String token = first.token().value();

        assertRefused("invitation.link.unknown", () -> acceptance.invitation(token + "x"));
        testData.expireInvitation(first.invitationId());
        assertRefused("invitation.expired", () -> acceptance.invitation(token));
        assertEquals(InvitationStatus.EXPIRED, invitations.page(null, 10).items().get(0).status());
        String renewed = invitations.resend(first.invitationId()).token().value();
        assertRefused("invitation.link.unknown", () -> acceptance.invitation(token));
        assertEquals(InvitationStatus.PENDING, invitations.page(null, 10).items().get(0).status());
        fixtures.signInAs(other.adminEmail());
        assertRefused("invitation.notFound", () -> invitations.revoke(first.invitationId()));
        assertTrue(invitations.page(null, 10).items().isEmpty(), "a partner never sees another's invitations");
        fixtures.signInAs(helpdesk);
        assertInstanceOf(EJBAccessException.class, assertThrows(EJBException.class,
                () -> invitations.invite(Language.EN, null, null)));

        fixtures.signInAs(partner.adminEmail());
        invitations.revoke(first.invitationId());
        String revokedPrefix = prefix();
        assertRefused("invitation.revoked", () -> acceptance.acceptAsNewCustomer(renewed,
                TestData.details("Too Late Ltd", revokedPrefix), CUSTOMER_PASSWORD));
        assertTrue(customerQueries.domainPrefixAvailable(revokedPrefix));
        String declined = invitations.invite(Language.EN, null, null).token().value();
        acceptance.decline(declined);
        assertEquals(InvitationStatus.DECLINED, invitations.page(null, 10).items().get(0).status());
        assertRefused("invitation.answered", () -> acceptance.invitation(declined));
    }

    @Test
    void aRemovedRelationshipIsReestablishedByANewInvitationAndKeepsItsHistory() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        String prefix = prefix();
        long customer = acceptance.acceptAsNewCustomer(invitations.invite(Language.EN, null, null).token().value(),
                TestData.details("Returning Ltd", prefix), CUSTOMER_PASSWORD);
        RelationshipRemoval removal = new RelationshipRemoval();
        removal.setAttested(true);
        removal.setReason("Paused");
        customers.removeRelationship(customer, removal);
        assertEquals(0, customerQueries.count(CustomerSearch.all()));

        acceptance.acceptAsExistingCustomer(invitations.invite(Language.EN, null, null).token().value(),
                "admin@" + prefix + ".partnerhub.example", CUSTOMER_PASSWORD.toCharArray());

        assertEquals(1, customerQueries.count(CustomerSearch.all()));
        assertEquals(List.of("REMOVED", "ACTIVE"), testData.relationshipHistory(partner.id(), customer));
    }

    @Test
    void anInvitationForAFormerCustomerWaitsInItsAreaAndTheTimelineKeepsBothPeriods() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        String former = prefix();
        String current = prefix();
        long formerId = acceptance.acceptAsNewCustomer(invitations.invite(Language.EN, null, null).token().value(),
                TestData.details("Former Ltd", former), CUSTOMER_PASSWORD);
        long currentId = acceptance.acceptAsNewCustomer(invitations.invite(Language.EN, null, null).token().value(),
                TestData.details("Current Ltd", current), CUSTOMER_PASSWORD);
        customers.removeRelationship(formerId, new RelationshipRemoval(true, "Contract paused"));

        assertEquals(List.of(formerId), invitations.formerCustomers().stream().map(FormerCustomerRow::customerId).toList());
        assertRefused("invitation.alreadyCustomer", () -> invitations.inviteFormerCustomer(Language.EN, null, currentId, null));
        String token = invitations.inviteFormerCustomer(Language.ES, null, formerId, null).token().value();
        assertTrue(acceptance.invitation(token).forFormerCustomer());

        // Nobody else can take it: not a new customer, not another customer's admin.
        assertRefused("invitation.otherCustomer", () -> acceptance.acceptAsNewCustomer(token,
                TestData.details("Intruder Ltd", prefix()), CUSTOMER_PASSWORD));
        assertRefused("invitation.otherCustomer", () -> acceptance.acceptAsExistingCustomer(token,
                "admin@" + current + ".partnerhub.example", CUSTOMER_PASSWORD.toCharArray()));
        assertEquals(partner.name(), acceptance.invitation(token).partnerName());

        // The former customer's admin finds it in its area and accepts there.
        fixtures.signInAs("admin@" + former + ".partnerhub.example", CUSTOMER_PASSWORD);
        assertThrows(EJBAccessException.class, () -> invitations.page(null, 10).items());
        List<WaitingInvitationRow> waiting = myPartners.waitingInvitations();
        assertEquals(List.of(partner.name()), waiting.stream().map(WaitingInvitationRow::partnerName).toList());
        assertEquals(List.of(RelationshipStatus.REMOVED),
                myPartners.partners().stream().map(MyPartnerRow::status).toList());
        acceptance.acceptInCustomerArea(waiting.get(0).id());
        assertEquals(List.of(RelationshipStatus.ACTIVE, RelationshipStatus.REMOVED),
                myPartners.partners().stream().map(MyPartnerRow::status).toList());
        assertTrue(myPartners.partners().stream().allMatch(MyPartnerRow::delegatedAdmin));
        assertEquals(List.of(), myPartners.waitingInvitations());

        fixtures.signInAs(partner.adminEmail());
        assertThrows(EJBAccessException.class, () -> myPartners.partners());
        List<HistoryEntry> timeline = history.of(formerId);
        assertEquals(List.of(HistoryStep.INVITED, HistoryStep.ACCEPTED, HistoryStep.ESTABLISHED, HistoryStep.REMOVED,
                        HistoryStep.INVITED, HistoryStep.ACCEPTED, HistoryStep.RE_ESTABLISHED),
                timeline.stream().map(HistoryEntry::step).toList());
        HistoryEntry removed = timeline.get(3);
        assertEquals(partner.adminEmail(), removed.actor());
        assertEquals("Contract paused", removed.detail());
        assertEquals("admin@" + former + ".partnerhub.example", timeline.get(6).actor());

        TestPartner other = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(other.adminEmail());
        assertRefused("customer.notFound", () -> history.of(formerId));
    }

    @Test
    void twoAcceptancesOfOneLinkAtOnceMakeOneRelationship() throws Exception {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        String token = invitations.invite(Language.EN, null, null).token().value();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        String prefix = prefix();

        Future<String> first = executor.submit(acceptance(start, token, prefix + "-a"));
        Future<String> second = executor.submit(acceptance(start, token, prefix + "-b"));
        start.countDown();
        List<String> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

        assertEquals(1, outcomes.stream().filter("accepted"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("invitation.answered"), outcomes.toString());
        assertEquals(1, customerQueries.count(CustomerSearch.all()));
    }

    private Callable<String> acceptance(CountDownLatch start, String token, String prefix) {
        return () -> {
            start.await();
            try {
                acceptance.acceptAsNewCustomer(token, TestData.details("Racing " + prefix, prefix), CUSTOMER_PASSWORD);
                return "accepted";
            } catch (BusinessException refusal) {
                return refusal.messageKey();
            } catch (EJBException failure) {
                return String.valueOf(rootCause(failure));
            }
        };
    }

    private static String prefix() {
        return "inv-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A customer of one partner (its admin's credentials) and another partner's invitation link for it. */
    private Invited existingCustomerInvited(String company, Language language) {
        TestPartner seller = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner invitingPartner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(seller.adminEmail());
        NewCustomerCredentials customer = customers.addCustomer(TestData.details(company, prefix()),
                List.of(new OrderLine(OFFICE_E3, 5)));
        fixtures.signInAs(invitingPartner.adminEmail());
        return new Invited(invitingPartner, customer, invitations.invite(language, null, null).token().value());
    }

    private record Invited(TestPartner invitingPartner, NewCustomerCredentials customer, String token) {
    }

    private static void assertRefused(String messageKey, Executable attempt) {
        assertEquals(messageKey, assertThrows(BusinessException.class, attempt).messageKey());
    }
}
