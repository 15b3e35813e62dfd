package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.Summary;
import org.partnerhub.customer.CustomerAcceptanceService;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.NotificationRow;
import org.partnerhub.notification.NotificationService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.referral.NewReferral;
import org.partnerhub.referral.ReferralList;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralService;
import org.partnerhub.referral.ReferralStatus;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.relationship.InvitationLink;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.OrderLine;

/**
 * Leads, through the services: an indirect provider records one and refers it to a partnered
 * reseller, which answers it and works it to a customer; who may do what, who sees which part of
 * it, who hears of it and what each side's activity keeps. The partners are made like the demo's
 * Contoso (a provider with a user of each role) and Fabrikam (its partnered reseller), but new
 * for each test: the demo partners are left as the README promises.
 */
class ReferralsIT extends InContainerTest {

    // Seeded offer (V2 migration): 4 = Office 365 E3 (5-50000).
    private static final long OFFICE_E3 = 4;

    @EJB
    ReferralService referrals;

    @EJB
    ReferralQueries queries;

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries customerQueries;

    @EJB
    NotificationService notifications;

    @EJB
    AuditLogQueries audit;

    @EJB
    PartnershipService partnerships;

    @EJB
    TestData testData;

    @EJB
    CustomerAcceptanceService acceptance;

    @Test
    void aReferredLeadIsAcceptedWorkedWonAndBecomesTheOneCustomerTheResellerAddsFromIt() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        String sales = fixtures.newUser(reseller, PartnerRole.SALES_AGENT);
        String company = "Won Lead " + tag();
        fixtures.signInAs(provider.adminEmail());

        long lead = referrals.create(lead(company), reseller.id());

        ReferralView sent = queries.referral(lead);
        assertEquals(ReferralStatus.PENDING, sent.status());
        assertEquals(provider.id(), sent.ownerId());
        assertEquals(reseller.id(), sent.assigneeId());
        assertTrue(sent.owns() && sent.referred() && !sent.worksIt());
        assertNotNull(sent.referredAt());
        assertEquals(provider.adminEmail(), sent.createdBy());

        fixtures.signInAs(sales);
        ReferralView received = queries.referral(lead);
        assertTrue(received.worksIt() && received.full() && !received.owns());
        assertEquals("Wants a call after 2 pm.", received.note(), "the provider's note is for the reseller");
        assertEquals(OFFICE_E3, received.offerId());
        assertEquals(new BigDecimal("4500.00"), received.estimatedValue().amount());
        referrals.accept(lead);
        assertEquals(ReferralStatus.ACCEPTED, queries.referral(lead).status());
        referrals.markContacted(lead);
        assertEquals(ReferralStatus.CONTACTED, queries.referral(lead).status());
        referrals.markWon(lead);
        assertTrue(queries.referral(lead).awaitsCustomer());

        String prefix = "lead-" + tag();
        long customer = customers.addCustomer(fromLead(company, prefix, provider, lead),
                List.of(new OrderLine(OFFICE_E3, 5))).customerId();

        ReferralView linked = queries.referral(lead);
        assertEquals(ReferralStatus.WON, linked.status());
        assertEquals(customer, linked.customerId());
        assertEquals(company, linked.customerName());
        assertFalse(linked.awaitsCustomer());
        BusinessException again = assertThrows(BusinessException.class, () -> customers.addCustomer(
                fromLead("Second " + company, prefix + "-2", provider, lead), List.of(new OrderLine(OFFICE_E3, 5))));
        assertEquals("referral.customer.already", again.messageKey());
        assertTrue(customerQueries.domainPrefixAvailable(prefix + "-2"), "the refused customer was not added");
        assertFalse(customerQueries.domainPrefixAvailable(prefix));
        assertEquals(customer, queries.referral(lead).customerId(), "still the first customer");
        fixtures.signInAs(reseller.adminEmail());
        assertEquals(List.of(event(AuditAction.REFERRAL_CUSTOMER_ADDED, company, sales, Summary.of("customer", company)),
                        event(AuditAction.REFERRAL_WON, company, sales, null)),
                referralEvents().subList(0, 2), "once: the refused second customer left no event");

        fixtures.signInAs(provider.adminEmail());
        ReferralView followed = queries.referral(lead);
        assertEquals(ReferralStatus.WON, followed.status(), "the provider follows the status");
        assertFalse(followed.full());
        assertNull(followed.customerId(), "which customer it became is the reseller's");
        assertNull(followed.customerName());
    }

    @Test
    void aWonLeadsCustomerInvitedInsteadBecomesTheLeadsWhenItAccepts() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        String sales = fixtures.newUser(reseller, PartnerRole.SALES_AGENT);
        String company = "Invited Lead " + tag();
        fixtures.signInAs(provider.adminEmail());
        long lead = referrals.create(lead(company), reseller.id());
        fixtures.signInAs(reseller.adminEmail());
        assertRefused("referral.customer.notWon", () -> referrals.inviteCustomer(lead, Language.PT_BR, null, null));
        referrals.accept(lead);
        referrals.markContacted(lead);
        referrals.markWon(lead);
        fixtures.signInAs(sales);
        assertThrows(EJBAccessException.class, () -> referrals.inviteCustomer(lead, Language.PT_BR, null, null),
                "a Sales agent adds customers but does not invite them");

        fixtures.signInAs(reseller.adminEmail());
        InvitationLink link = referrals.inviteCustomer(lead, Language.PT_BR, null, null);
        assertEquals("marta.alves@lead.example", link.recipient(), "to the lead's contact");
        assertEquals(link.invitationId(), queries.referral(lead).invitationId());
        assertTrue(queries.referral(lead).awaitsCustomer(), "until the customer accepts");

        String prefix = "inv-" + tag();
        long customer = acceptance.acceptAsNewCustomer(link.token().value(), TestData.details(company, prefix),
                "Customer-Password-2026");

        ReferralView linked = queries.referral(lead);
        assertEquals(customer, linked.customerId(), "the customer that accepted is the lead's");
        assertFalse(linked.awaitsCustomer());
        assertEquals(event(AuditAction.REFERRAL_CUSTOMER_ADDED, company, "admin@" + prefix + ".partnerhub.example",
                        Summary.of("customer", company).and("throughInvitation", link.invitationId())),
                referralEvents().get(0));
        fixtures.signInAs(provider.adminEmail());
        assertNull(queries.referral(lead).invitationId(), "the invitation is the reseller's business");
    }

    @Test
    void aLeadIsAnsweredOnlyInOrderAndOnlyByTheResellerItWasReferredTo() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        fixtures.signInAs(provider.adminEmail());
        long declined = referrals.create(lead("Declined " + tag()), reseller.id());
        long accepted = referrals.create(lead("Accepted " + tag()), reseller.id());
        assertRefused("referral.notFound", () -> referrals.accept(declined));
        assertRefused("referral.notFound", () -> referrals.decline(declined, "mine"));
        assertRefused("referral.notFound", () -> referrals.markContacted(declined));
        assertRefused("referral.order.PENDING", () -> referrals.refer(declined, reseller.id()), "referred already");
        assertRefused("referral.order.NEW", () -> referrals.keep(declined), "not declined: nothing to take back");

        fixtures.signInAs(reseller.adminEmail());
        assertRefused("referral.order.WON", () -> referrals.markWon(accepted));
        assertRefused("referral.order.CONTACTED", () -> referrals.markContacted(accepted));
        assertRefused("referral.order.LOST", () -> referrals.markLost(accepted, "no"));
        referrals.accept(accepted);
        assertRefused("referral.order.ACCEPTED", () -> referrals.accept(accepted));
        assertRefused("referral.order.DECLINED", () -> referrals.decline(accepted, "changed our mind"));
        assertRefused("referral.order.WON", () -> referrals.markWon(accepted), "accepted is not contacted yet");
        referrals.decline(declined, "No capacity");
        assertRefused("referral.order.DECLINED", () -> referrals.decline(declined, "Still no capacity"));
        assertRefused("referral.order.ACCEPTED", () -> referrals.accept(declined));
        assertRefused("referral.notFound", () -> referrals.keep(declined), "the provider's to take back");

        assertEquals(ReferralStatus.ACCEPTED, queries.referral(accepted).status());
        assertEquals("No capacity", queries.referral(declined).declineReason(), "the first answer stands");
        String prefix = "early-" + tag();
        assertRefused("referral.customer.notWon", () -> customers.addCustomer(
                fromLead("Too Early Ltd", prefix, provider, accepted), List.of(new OrderLine(OFFICE_E3, 5))));
        assertTrue(customerQueries.domainPrefixAvailable(prefix), "no customer before the lead is won");
    }

    @Test
    void aLeadMissingWhatItNeedsIsRefusedAndNothingIsRecorded() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        fixtures.signInAs(provider.adminEmail());
        NewReferral incomplete = lead(" ");
        incomplete.setContactFirstName(null);
        incomplete.setContactLastName("");
        incomplete.setContactEmail("marta at example");
        incomplete.setCountry("Brazil");

        EJBException invalid = assertThrows(EJBException.class, () -> referrals.create(incomplete, reseller.id()));

        var violations = assertInstanceOf(ConstraintViolationException.class, rootCause(invalid)).getConstraintViolations();
        Set<String> fields = violations.stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .collect(Collectors.toSet());
        assertEquals(Set.of("companyName", "contactFirstName", "contactLastName", "contactEmail", "country"), fields);
        NewReferral licensesOfNothing = lead("Licenses " + tag());
        licensesOfNothing.setOfferId(null);
        BusinessException withoutOffer = assertThrows(BusinessException.class,
                () -> referrals.create(licensesOfNothing, null));
        assertEquals("referral.licenses.withoutOffer", withoutOffer.messageKey());
        assertEquals("offerId", withoutOffer.field());
        NewReferral unknownOffer = lead("Unknown offer " + tag());
        unknownOffer.setOfferId(-1L);
        assertRefused("referral.offer.unknown", () -> referrals.create(unknownOffer, null));

        assertEquals(List.of(), ids(ReferralList.WORKING, null, null));
        assertEquals(List.of(), ids(ReferralList.REFERRED, null, null));
        assertEquals(List.of(), referralEvents(), "nothing recorded, nothing audited");
    }

    @Test
    void aProviderRefersOnlyToAResellerItIsActivelyPartneredWith() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner asked = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner direct = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(provider.adminEmail());
        partnerships.requestReseller(asked.mpnId());

        for (long notPartnered : List.of(stranger.id(), asked.id(), direct.id(), provider.id())) {
            BusinessException refusal = assertThrows(BusinessException.class,
                    () -> referrals.create(lead("Nowhere " + tag()), notPartnered));
            assertEquals("partnership.reseller.notPartner", refusal.messageKey(), "partner " + notPartnered);
            assertEquals("referTo", refusal.field());
        }
        long kept = referrals.create(lead("Kept " + tag()), null);
        assertRefused("partnership.reseller.notPartner", () -> referrals.refer(kept, asked.id()),
                "a partnership still asked for is not active");

        assertEquals(List.of(kept), ids(ReferralList.WORKING, null, null), "only the lead kept");
        assertEquals(ReferralStatus.NEW, queries.referral(kept).status());
        assertEquals(List.of(), ids(ReferralList.REFERRED, null, null));
    }

    @Test
    void onlyAnIndirectProviderRefersLeadsAndAResellerKeepsItsOwn() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        TestPartner sibling = partneredReseller(provider);
        TestPartner direct = fixtures.newPartner(PartnerType.DIRECT_RESELLER);

        for (TestPartner notAProvider : List.of(reseller, direct)) {
            fixtures.signInAs(notAProvider.adminEmail());
            for (long to : List.of(sibling.id(), provider.id())) {
                BusinessException refusal = assertThrows(BusinessException.class,
                        () -> referrals.create(lead("Passed on " + tag()), to));
                assertEquals("referral.refer.onlyProviders", refusal.messageKey(), notAProvider.name() + " to " + to);
                assertEquals("referTo", refusal.field());
            }
            assertEquals(List.of(), ids(ReferralList.WORKING, null, null), "the refused lead was not kept either");
            long own = referrals.create(lead("Own lead " + tag()), null);
            assertRefused("referral.refer.onlyProviders", () -> referrals.refer(own, sibling.id()));
            ReferralView kept = queries.referral(own);
            assertEquals(ReferralStatus.NEW, kept.status());
            assertTrue(kept.worksIt() && kept.owns() && !kept.referred());
            referrals.markContacted(own);
            assertEquals(ReferralStatus.CONTACTED, queries.referral(own).status(), "a reseller works its own leads");
        }
        fixtures.signInAs(sibling.adminEmail());
        assertEquals(List.of(), ids(ReferralList.WORKING, null, null), "nothing reached the other reseller");
    }

    @Test
    void anotherPartnerFindsNoLeadAndTheProviderNeverSeesTheResellersNotesLossOrCustomer() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        // The provider's other reseller: the closest partner that could see what is not its own.
        TestPartner sibling = partneredReseller(provider);
        fixtures.signInAs(provider.adminEmail());
        long lead = referrals.create(lead("Private " + tag()), reseller.id());

        fixtures.signInAs(sibling.adminEmail());
        assertRefused("referral.notFound", () -> queries.referral(lead));
        List<Executable> actions = List.of(() -> referrals.refer(lead, sibling.id()), () -> referrals.keep(lead),
                () -> referrals.accept(lead), () -> referrals.decline(lead, "not mine"),
                () -> referrals.markContacted(lead), () -> referrals.markWon(lead),
                () -> referrals.markLost(lead, "not mine"), () -> referrals.writeNote(lead, "not mine"));
        for (Executable action : actions) {
            assertRefused("referral.notFound", action);
        }
        String prefix = "taken-" + tag();
        NewCustomer fromAnothersLead = TestData.details("Taken Lead Ltd", prefix);
        fromAnothersLead.setReferralId(lead);
        assertRefused("referral.notFound", () -> customers.addCustomer(fromAnothersLead));
        assertTrue(customerQueries.domainPrefixAvailable(prefix));
        assertEquals(List.of(), ids(ReferralList.WORKING, null, null));
        assertEquals(List.of(), ids(ReferralList.REFERRED, null, null));

        fixtures.signInAs(reseller.adminEmail());
        assertEquals(ReferralStatus.PENDING, queries.referral(lead).status(), "no refused action changed it");
        referrals.writeNote(lead, "Budget approved for Q3; the CFO decides.");
        referrals.accept(lead);
        referrals.markContacted(lead);
        referrals.markLost(lead, "Chose a competitor's bundle");
        ReferralView worked = queries.referral(lead);
        assertTrue(worked.full());
        assertEquals("Budget approved for Q3; the CFO decides.", worked.workNote());
        assertEquals("Chose a competitor's bundle", worked.lostReason());

        fixtures.signInAs(provider.adminEmail());
        ReferralView followed = queries.referral(lead);
        assertEquals(ReferralStatus.LOST, followed.status());
        assertFalse(followed.full());
        assertNull(followed.workNote());
        assertNull(followed.lostReason());
        assertNull(followed.customerId());
        assertEquals("Wants a call after 2 pm.", followed.note(), "its own note it still reads");
        ReferralView listed = queries.page(ReferralList.REFERRED, null, null, null, 10).items().get(0);
        assertEquals(lead, listed.id());
        assertNull(listed.workNote(), "nor does the list show the notes");
        assertNull(listed.lostReason());
        assertRefused("referral.notFound", () -> referrals.writeNote(lead, "overwritten"));
        assertRefused("referral.notFound", () -> customers.addCustomer(fromAnothersLead),
                "the referring provider does not add the reseller's customer from it either");
        assertTrue(customerQueries.domainPrefixAvailable(prefix));
    }

    @Test
    void eachSideListsTheLeadsItWorksAndThoseItReferredFilteredInTheDatabase() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        fixtures.signInAs(reseller.adminEmail());
        long resellersOwn = referrals.create(lead("Reseller's own " + tag()), null);
        fixtures.signInAs(provider.adminEmail());
        long kept = referrals.create(lead("Kept " + tag()), null);
        long referred = referrals.create(lead("Referred " + tag()), reseller.id());
        testData.backdateReferral(kept, 10);

        assertEquals(List.of(kept), ids(ReferralList.WORKING, null, null));
        assertEquals(List.of(referred), ids(ReferralList.REFERRED, null, null));
        assertEquals(List.of(referred), ids(ReferralList.REFERRED, ReferralStatus.PENDING, null));
        assertEquals(List.of(), ids(ReferralList.REFERRED, ReferralStatus.ACCEPTED, null));
        assertEquals(List.of(kept), ids(ReferralList.WORKING, ReferralStatus.NEW, null));
        assertEquals(List.of(), ids(ReferralList.WORKING, null, 7), "recorded ten days ago");
        assertEquals(List.of(kept), ids(ReferralList.WORKING, null, 30));
        assertEquals(List.of(referred), ids(ReferralList.REFERRED, null, 1));

        fixtures.signInAs(reseller.adminEmail());
        assertEquals(List.of(referred, resellersOwn), ids(ReferralList.WORKING, null, null), "newest first");
        assertEquals(List.of(), ids(ReferralList.REFERRED, null, null), "a reseller refers nothing");
        assertEquals(List.of(referred), ids(ReferralList.WORKING, ReferralStatus.PENDING, null));
        assertEquals(List.of(resellersOwn), ids(ReferralList.WORKING, ReferralStatus.NEW, null));
        referrals.accept(referred);
        assertEquals(List.of(referred), ids(ReferralList.WORKING, ReferralStatus.ACCEPTED, null));
        fixtures.signInAs(provider.adminEmail());
        assertEquals(List.of(referred), ids(ReferralList.REFERRED, ReferralStatus.ACCEPTED, null),
                "the provider's list follows the answer");
        assertEquals(List.of(), ids(ReferralList.REFERRED, ReferralStatus.PENDING, null));
    }

    @Test
    void pagingByContinuationNeitherRepeatsNorSkipsAndKeepsItsFilter() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        fixtures.signInAs(provider.adminEmail());
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            newestFirst.add(0, referrals.create(lead("Paged " + i + " " + tag()), null));
        }
        long referred = referrals.create(lead("Referred " + tag()), reseller.id());
        long contacted = newestFirst.get(1);
        referrals.markContacted(contacted);

        List<Long> paged = new ArrayList<>();
        KeysetPage<ReferralView> page = queries.page(ReferralList.WORKING, null, null, null, 1);
        paged.add(page.items().get(0).id());
        while (page.next() != null) {
            // Asked with another filter: the continuation's own (none) is what counts.
            page = queries.page(ReferralList.WORKING, ReferralStatus.CONTACTED, null, page.next(), 1);
            assertEquals(1, page.items().size());
            paged.add(page.items().get(0).id());
        }

        assertEquals(newestFirst, paged, "each lead once, newest first, the referred one in the other list");
        assertFalse(paged.contains(referred));
        KeysetPage<ReferralView> onlyNew = queries.page(ReferralList.WORKING, ReferralStatus.NEW, null, null, 2);
        KeysetPage<ReferralView> restNew = queries.page(ReferralList.WORKING, null, null, onlyNew.next(), 2);
        assertEquals(newestFirst.stream().filter(id -> id != contacted).toList(),
                concat(onlyNew, restNew).stream().map(ReferralView::id).toList(), "the filter goes on with the continuation");
        assertNull(restNew.next());
    }

    @Test
    void aDeclinedLeadIsReferredAgainOrKeptAndNoPartnersNotesGoWithIt() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner first = partneredReseller(provider);
        TestPartner second = partneredReseller(provider);
        fixtures.signInAs(provider.adminEmail());
        long lead = referrals.create(lead("Declined twice " + tag()), first.id());
        long sameAgain = referrals.create(lead("Asked again " + tag()), first.id());
        long ownFirst = referrals.create(lead("Worked first " + tag()), null);
        referrals.writeNote(ownFirst, "Our margin would be 12%: do not tell the reseller.");
        referrals.refer(ownFirst, second.id());

        fixtures.signInAs(first.adminEmail());
        referrals.writeNote(lead, "Too far from our office.");
        referrals.decline(lead, "  Outside our region  ");
        referrals.decline(sameAgain, null);

        fixtures.signInAs(provider.adminEmail());
        ReferralView declined = queries.referral(lead);
        assertEquals(ReferralStatus.DECLINED, declined.status());
        assertEquals("Outside our region", declined.declineReason());
        assertEquals(first.id(), declined.assigneeId());
        assertEquals(List.of(ownFirst, sameAgain, lead), ids(ReferralList.REFERRED, null, null));
        referrals.refer(lead, second.id());
        referrals.refer(sameAgain, first.id());
        ReferralView referredAgain = queries.referral(lead);
        assertEquals(ReferralStatus.PENDING, referredAgain.status());
        assertEquals(second.id(), referredAgain.assigneeId());
        assertNull(referredAgain.declineReason(), "the new reseller has not answered yet");

        fixtures.signInAs(first.adminEmail());
        assertRefused("referral.notFound", () -> queries.referral(lead));
        assertRefused("referral.notFound", () -> referrals.accept(lead));
        assertEquals(List.of(sameAgain), ids(ReferralList.WORKING, null, null));
        referrals.accept(sameAgain);
        assertEquals(ReferralStatus.ACCEPTED, queries.referral(sameAgain).status(), "the same reseller, asked again");

        fixtures.signInAs(second.adminEmail());
        ReferralView atSecond = queries.referral(lead);
        assertEquals(ReferralStatus.PENDING, atSecond.status());
        assertNull(atSecond.workNote(), "the first reseller's notes stay with it");
        assertNull(queries.referral(ownFirst).workNote(), "the provider's own notes stay with it");
        referrals.decline(lead, "Not for us either");

        fixtures.signInAs(provider.adminEmail());
        referrals.keep(lead);
        ReferralView kept = queries.referral(lead);
        assertEquals(ReferralStatus.NEW, kept.status());
        assertEquals(provider.id(), kept.assigneeId());
        assertTrue(kept.worksIt() && kept.full() && !kept.referred());
        assertNull(kept.workNote(), "the resellers' notes do not come back with the lead");
        assertEquals(List.of(lead), ids(ReferralList.WORKING, null, null));
        assertEquals(List.of(ownFirst, sameAgain), ids(ReferralList.REFERRED, null, null));
        assertRefused("referral.order.NEW", () -> referrals.keep(lead));
        referrals.markContacted(lead);
        assertEquals(ReferralStatus.CONTACTED, queries.referral(lead).status(), "the provider works it itself");
        fixtures.signInAs(second.adminEmail());
        assertRefused("referral.notFound", () -> queries.referral(lead));
    }

    @Test
    void aReceivedLeadTellsTheResellersLeadWorkersAndTheAnswerTellsTheProviders() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        List<String> providerWorkers = List.of(provider.adminEmail(),
                fixtures.newUser(provider, PartnerRole.ADMIN_AGENT), fixtures.newUser(provider, PartnerRole.SALES_AGENT));
        String providerHelpdesk = fixtures.newUser(provider, PartnerRole.HELPDESK_AGENT);
        TestPartner reseller = partneredReseller(provider);
        List<String> resellerWorkers = List.of(reseller.adminEmail(),
                fixtures.newUser(reseller, PartnerRole.ADMIN_AGENT), fixtures.newUser(reseller, PartnerRole.SALES_AGENT));
        String resellerHelpdesk = fixtures.newUser(reseller, PartnerRole.HELPDESK_AGENT);
        String company = "Heard of " + tag();
        fixtures.signInAs(provider.adminEmail());
        long lead = referrals.create(lead(company), reseller.id());
        long declined = referrals.create(lead("Declined " + company), reseller.id());

        String referredBy = provider.name() + " (" + provider.mpnId() + ")";
        for (String worker : resellerWorkers) {
            fixtures.signInAs(worker);
            assertEquals(2, notifications.unreadCount(), worker);
            NotificationRow received = notifications.page(null, 10).items().get(1);
            assertEquals(NotificationKind.REFERRAL_RECEIVED, received.kind());
            assertEquals(Summary.of("referral", company).and("referredBy", referredBy), received.summary());
            assertEquals("/referral/referral.xhtml?id=" + lead, received.link());
        }
        fixtures.signInAs(resellerHelpdesk);
        assertEquals(0, notifications.unreadCount(), "a Helpdesk agent does not work leads");
        for (String providersOwn : providerWorkers) {
            fixtures.signInAs(providersOwn);
            assertEquals(0, notifications.unreadCount(), "the provider is not told of its own referral");
        }

        fixtures.signInAs(resellerWorkers.get(2));
        referrals.accept(lead);
        referrals.decline(declined, "No capacity this quarter");
        String answeredBy = reseller.name() + " (" + reseller.mpnId() + ")";
        for (String worker : providerWorkers) {
            fixtures.signInAs(worker);
            List<NotificationRow> answers = notifications.page(null, 10).items();
            assertEquals(List.of(NotificationKind.REFERRAL_DECLINED, NotificationKind.REFERRAL_ACCEPTED),
                    answers.stream().map(NotificationRow::kind).toList(), worker);
            assertEquals(Summary.of("referral", "Declined " + company).and("answeredBy", answeredBy)
                    .and("reason", "No capacity this quarter"), answers.get(0).summary());
            assertEquals(Summary.of("referral", company).and("answeredBy", answeredBy), answers.get(1).summary());
            assertEquals("/referral/referral.xhtml?id=" + lead, answers.get(1).link());
        }
        fixtures.signInAs(providerHelpdesk);
        assertEquals(0, notifications.unreadCount());
        fixtures.signInAs(reseller.adminEmail());
        assertEquals(2, notifications.unreadCount(), "the answering side is not told of its own answer");
    }

    @Test
    void aReferralThatIsRolledBackTellsNobodyAndLeavesNoActivity() throws Exception {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(provider.adminEmail());
        assertRefused("partnership.reseller.notPartner", () -> referrals.create(lead("Refused " + tag()), stranger.id()));
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        referrals.create(lead("Rolled back " + tag()), reseller.id());
        transaction.rollback();

        assertEquals(List.of(), referralEvents(), "the lead was recorded and audited, then rolled back");
        assertEquals(List.of(), ids(ReferralList.WORKING, null, null));
        assertEquals(List.of(), ids(ReferralList.REFERRED, null, null));
        for (TestPartner other : List.of(reseller, stranger)) {
            fixtures.signInAs(other.adminEmail());
            assertEquals(0, notifications.unreadCount(), other.name());
            assertEquals(List.of(), referralEvents(), other.name());
            assertEquals(List.of(), ids(ReferralList.WORKING, null, null), other.name());
        }
    }

    @Test
    void aHelpdeskAgentReadsLeadsButDoesNotWorkThem() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        String providerHelpdesk = fixtures.newUser(provider, PartnerRole.HELPDESK_AGENT);
        String resellerHelpdesk = fixtures.newUser(reseller, PartnerRole.HELPDESK_AGENT);
        fixtures.signInAs(fixtures.newUser(provider, PartnerRole.SALES_AGENT));
        long kept = referrals.create(lead("Kept " + tag()), null);
        long referred = referrals.create(lead("Referred " + tag()), reseller.id());

        fixtures.signInAs(providerHelpdesk);
        assertEquals(List.of(kept), ids(ReferralList.WORKING, null, null));
        assertEquals(List.of(referred), ids(ReferralList.REFERRED, null, null));
        assertEquals(ReferralStatus.NEW, queries.referral(kept).status());
        assertThrows(EJBAccessException.class, () -> referrals.create(lead("Not allowed " + tag()), null));
        assertThrows(EJBAccessException.class, () -> referrals.markContacted(kept));
        fixtures.signInAs(resellerHelpdesk);
        assertEquals(ReferralStatus.PENDING, queries.referral(referred).status());
        assertThrows(EJBAccessException.class, () -> referrals.accept(referred));
        assertThrows(EJBAccessException.class, () -> referrals.decline(referred, "not allowed"));

        fixtures.signInAs(reseller.adminEmail());
        assertEquals(ReferralStatus.PENDING, queries.referral(referred).status(), "nobody answered it");
        fixtures.signInAs(provider.adminEmail());
        assertEquals(List.of(kept), ids(ReferralList.WORKING, null, null), "nothing the Helpdesk agent tried was recorded");
        assertEquals(ReferralStatus.NEW, queries.referral(kept).status());
    }

    @Test
    void eachChangeIsInTheActivityOfThePartnersItConcerns() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = partneredReseller(provider);
        String tag = tag();
        String won = "Won " + tag;
        String declined = "Declined " + tag;
        String lost = "Lost " + tag;
        fixtures.signInAs(provider.adminEmail());
        long wonLead = referrals.create(lead(won), reseller.id());
        long declinedLead = referrals.create(lead(declined), reseller.id());
        long lostLead = referrals.create(lead(lost), null);
        referrals.markContacted(lostLead);
        referrals.markLost(lostLead, "No budget");

        fixtures.signInAs(reseller.adminEmail());
        referrals.accept(wonLead);
        referrals.markContacted(wonLead);
        referrals.markWon(wonLead);
        referrals.decline(declinedLead, "Too small");

        String providerName = provider.name() + " (" + provider.mpnId() + ")";
        String resellerName = reseller.name() + " (" + reseller.mpnId() + ")";
        assertEquals(List.of(
                        event(AuditAction.REFERRAL_DECLINED, declined, reseller.adminEmail(),
                                Summary.of("referredBy", providerName).and("reason", "Too small")),
                        event(AuditAction.REFERRAL_WON, won, reseller.adminEmail(), null),
                        event(AuditAction.REFERRAL_CONTACTED, won, reseller.adminEmail(), null),
                        event(AuditAction.REFERRAL_ACCEPTED, won, reseller.adminEmail(), Summary.of("referredBy", providerName)),
                        event(AuditAction.REFERRAL_REFERRED, declined, provider.adminEmail(), Summary.of("referredBy", providerName)),
                        event(AuditAction.REFERRAL_REFERRED, won, provider.adminEmail(), Summary.of("referredBy", providerName))),
                referralEvents(), "the reseller's activity: what it received and did, not how the provider recorded it");

        fixtures.signInAs(provider.adminEmail());
        Summary contact = Summary.of("contact", "Marta Alves").and("source", "Trade show");
        assertEquals(List.of(
                        event(AuditAction.REFERRAL_DECLINED, declined, reseller.adminEmail(),
                                Summary.of("answeredBy", resellerName).and("reason", "Too small")),
                        event(AuditAction.REFERRAL_ACCEPTED, won, reseller.adminEmail(), Summary.of("answeredBy", resellerName)),
                        event(AuditAction.REFERRAL_LOST, lost, provider.adminEmail(), Summary.of("reason", "No budget")),
                        event(AuditAction.REFERRAL_CONTACTED, lost, provider.adminEmail(), null),
                        event(AuditAction.REFERRAL_CREATED, lost, provider.adminEmail(), contact),
                        event(AuditAction.REFERRAL_REFERRED, declined, provider.adminEmail(), Summary.of("referredTo", resellerName)),
                        event(AuditAction.REFERRAL_CREATED, declined, provider.adminEmail(), contact),
                        event(AuditAction.REFERRAL_REFERRED, won, provider.adminEmail(), Summary.of("referredTo", resellerName)),
                        event(AuditAction.REFERRAL_CREATED, won, provider.adminEmail(), contact)),
                referralEvents(), "the provider's: what it did, and the answers, not how the reseller worked the lead");
    }

    /** A new indirect reseller in an active partnership with the provider, as the demo's Fabrikam is with Contoso. */
    private TestPartner partneredReseller(TestPartner provider) {
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        testData.partnership(provider.id(), reseller.id());
        return reseller;
    }

    /** A lead with everything a form gives. */
    private static NewReferral lead(String companyName) {
        NewReferral lead = new NewReferral();
        lead.setCompanyName(companyName);
        lead.setContactFirstName("Marta");
        lead.setContactLastName("Alves");
        lead.setContactEmail("marta.alves@lead.example");
        lead.setContactPhone("+55 11 5555-0100");
        lead.setCountry("BR");
        lead.setOfferId(OFFICE_E3);
        lead.setLicenses(25);
        lead.setEstimatedValue(new BigDecimal("4500.00"));
        lead.setCurrency("BRL");
        lead.setSource("Trade show");
        lead.setNote("Wants a call after 2 pm.");
        return lead;
    }

    /** The customer a reseller adds from a won lead, ordering through its provider as the wizard does. */
    private static NewCustomer fromLead(String companyName, String prefix, TestPartner provider, long lead) {
        NewCustomer details = TestData.details(companyName, prefix);
        details.setIndirectProviderId(provider.id());
        details.setReferralId(lead);
        return details;
    }

    /** The ids of a whole list of the signed-in partner's, newest first. */
    private List<Long> ids(ReferralList list, ReferralStatus status, Integer withinDays) {
        return queries.page(list, status, withinDays, null, KeysetPage.MAX_SIZE).items().stream()
                .map(ReferralView::id).toList();
    }

    /** The signed-in partner's audit events about leads, newest first, without their time. */
    private List<Event> referralEvents() {
        return audit.latest(200).stream().filter(entry -> entry.action().name().startsWith("REFERRAL"))
                .map(entry -> event(entry.action(), entry.target(), entry.actorEmail(), entry.summary())).toList();
    }

    private static Event event(AuditAction action, String target, String actor, Summary summary) {
        return new Event(action, target, actor, summary);
    }

    /** An audit event as the tests compare it. */
    private record Event(AuditAction action, String target, String actor, Summary summary) {
    }

    private static List<ReferralView> concat(KeysetPage<ReferralView> first, KeysetPage<ReferralView> second) {
        List<ReferralView> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        return all;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(String messageKey, Executable attempt) {
        assertRefused(messageKey, attempt, messageKey);
    }

    private static void assertRefused(String messageKey, Executable attempt, String why) {
        assertEquals(messageKey, assertThrows(BusinessException.class, attempt, why).messageKey(), why);
    }
}
