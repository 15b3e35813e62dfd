package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.partnerhub.customer.CustomerService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.SubscriptionChangeService;
import org.partnerhub.subscription.SubscriptionService;
import org.partnerhub.subscription.SubscriptionStatus;
import org.partnerhub.subscription.SubscriptionView;

/** Licenses, upgrades, suspension and cancellation of subscriptions, and the catalog they come from. */
class SubscriptionChangesIT extends InContainerTest {

    // From the catalog file (catalog/offers.csv); the first six ids come from the V2 migration.
    private static final long BUSINESS_BASIC = 1;
    private static final long BUSINESS_STANDARD = 2;
    private static final long BUSINESS_PREMIUM = 3;
    private static final long OFFICE_E3 = 4;

    @EJB
    SubscriptionChangeService changes;

    @EJB
    SubscriptionService subscriptions;

    @EJB
    OfferCatalogService catalog;

    @EJB
    CustomerService customers;

    @EJB
    AuditLogQueries audit;

    @EJB
    TestData testData;

    @Test
    void licensesGoUpAnyTimeAndDownOnlyWithinTheWindowAndTheOffersLimits() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long id = subscriptionOf(partner, OFFICE_E3, 10);
        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.SALES_AGENT));

        changes.changeLicenses(id, version(id), 12);
        changes.changeLicenses(id, version(id), 11);
        assertEquals(11, changes.view(id).row().licenses());
        assertRefused("subscription.licenses.outOfRange", () -> changes.changeLicenses(id, version(id), 4));
        assertRefused("subscription.licenses.outOfRange", () -> changes.changeLicenses(id, version(id), 50_001));

        testData.backdateLicenseChange(id, 8);
        BusinessException closed = assertRefused("subscription.licenses.windowClosed",
                () -> changes.changeLicenses(id, version(id), 6));
        assertEquals(LocalDate.now(ZoneOffset.UTC).minusDays(1), closed.arguments()[0], "closed 7 days after the last increase");
        assertEquals(11, changes.view(id).row().licenses(), "nothing changed");
        changes.changeLicenses(id, version(id), 20);
        changes.changeLicenses(id, version(id), 15); // the increase opened a new window

        fixtures.signInAs(partner.adminEmail()); // the audit log is for Global admins and Admin agents
        List<Summary> logged = audit.latest(20).stream().filter(e -> e.action() == AuditAction.LICENSES_CHANGED)
                .map(AuditEntry::summary).toList();
        assertEquals(Summary.of("subscription", id).and("licensesChanged", "Office 365 E3", 20, 15), logged.get(0));
        assertEquals(4, logged.size(), logged.toString());
    }

    @Test
    void aChangeFromAStalePageIsRefusedAndTwoAtOnceLoseNothing() throws Exception {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long id = subscriptionOf(partner, BUSINESS_STANDARD, 10);
        long seen = version(id);
        changes.changeLicenses(id, seen, 11);
        assertRefused("subscription.changedMeanwhile", () -> changes.changeLicenses(id, seen, 12));
        assertEquals(11, changes.view(id).row().licenses());

        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        long current = version(id);
        Future<String> first = executor.submit(change(start, id, current, 20));
        Future<String> second = executor.submit(change(start, id, current, 30));
        start.countDown();
        List<String> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

        assertEquals(1, outcomes.stream().filter("changed"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("subscription.changedMeanwhile"), outcomes.toString());
        int licenses = changes.view(id).row().licenses();
        assertTrue(licenses == 20 || licenses == 30, "one of the two, whole: " + licenses);
    }

    @Test
    void anUpgradeFollowsTheCatalogsPathsAndLinksBothSubscriptions() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long id = subscriptionOf(partner, BUSINESS_BASIC, 8);

        SubscriptionView view = changes.view(id);
        assertEquals(List.of("Microsoft 365 Business Premium", "Microsoft 365 Business Standard"),
                view.upgradeOptions().stream().map(offer -> offer.name(Locale.ENGLISH)).toList());
        assertRefused("subscription.upgrade.noPath", () -> changes.upgrade(id, version(id), OFFICE_E3));
        long next = changes.upgrade(id, version(id), BUSINESS_PREMIUM);

        SubscriptionView old = changes.view(id);
        SubscriptionView upgraded = changes.view(next);
        assertEquals(SubscriptionStatus.CANCELLED, old.row().knownStatus());
        assertEquals(next, old.upgradedToId());
        assertEquals(id, upgraded.upgradedFromId());
        assertEquals(8, upgraded.row().licenses());
        assertEquals("Microsoft 365 Business Premium", upgraded.row().offerName(Locale.ENGLISH));
        assertEquals("Microsoft 365 Empresa Premium", upgraded.row().offerName(Language.ES.locale()),
                "the catalog's translation, kept with the offer");
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusYears(1), upgraded.row().termEnd(), "an annual term");
        assertRefused("subscription.status.wrong", () -> changes.changeLicenses(id, version(id), 9));
    }

    @Test
    void suspendReactivateAndCancelNeedAReasonAndTheRightRole() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long id = subscriptionOf(partner, BUSINESS_STANDARD, 5);

        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.SALES_AGENT));
        assertThrows(EJBAccessException.class, () -> changes.suspend(id, version(id), "Unpaid"));
        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.HELPDESK_AGENT));
        assertEquals(5, changes.view(id).row().licenses(), "a Helpdesk agent sees it");
        assertThrows(EJBAccessException.class, () -> changes.changeLicenses(id, version(id), 6));

        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.ADMIN_AGENT));
        assertRefused("subscription.reason.required", () -> changes.suspend(id, version(id), " "));
        changes.suspend(id, version(id), "Unpaid invoice");
        assertEquals("SUSPENDED", changes.view(id).row().status());
        assertRefused("subscription.status.wrong", () -> changes.changeLicenses(id, version(id), 6));
        changes.reactivate(id, version(id), "Paid");
        changes.cancel(id, version(id), "Moving to another product");
        assertEquals("CANCELLED", changes.view(id).row().status());
        assertEquals("Moving to another product", changes.view(id).row().statusReason());
        assertRefused("subscription.status.wrong", () -> changes.reactivate(id, version(id), "Back"));

        List<Summary> logged = audit.latest(20).stream().map(AuditEntry::summary)
                .filter(summary -> summary != null && summary.phrases().size() > 1
                        && summary.phrases().get(1).code().equals("statusChanged")).toList();
        assertEquals(Summary.of("subscription", id).and("statusChanged", "Microsoft 365 Business Standard",
                Summary.word("subscriptionStatus.ACTIVE"), Summary.word("subscriptionStatus.CANCELLED"),
                "Moving to another product"), logged.get(0));
        assertEquals(Summary.of("subscription", id).and("statusChanged", "Microsoft 365 Business Standard",
                Summary.word("subscriptionStatus.ACTIVE"), Summary.word("subscriptionStatus.SUSPENDED"), "Unpaid invoice"),
                logged.get(2));
    }

    @Test
    void anotherPartnersSubscriptionCannotBeSeenOrChanged() {
        TestPartner owner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long id = subscriptionOf(owner, BUSINESS_STANDARD, 5);
        fixtures.signInAs(fixtures.newPartner(PartnerType.DIRECT_RESELLER).adminEmail());

        assertRefused("subscription.notFound", () -> changes.view(id));
        assertRefused("subscription.notFound", () -> changes.changeLicenses(id, 0, 6));
        assertRefused("subscription.notFound", () -> changes.cancel(id, 0, "mine now"));
    }

    @Test
    void aStatusThisVersionDoesNotKnowIsShownAsItsCode() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long id = subscriptionOf(partner, BUSINESS_STANDARD, 5);
        testData.statusCode(id, "FROZEN");

        SubscriptionView view = changes.view(id);
        assertEquals("FROZEN", view.row().status());
        assertNull(view.row().knownStatus());
        assertRefused("subscription.status.wrong", () -> changes.changeLicenses(id, version(id), 6));
    }

    @Test
    void aGlobalAdminHidesOffersItDoesNotSellFromItsOrders() {
        TestPartner partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        long customer = testData.customerOf(partner.id(), "Hidden Offers Ltd").getId();
        fixtures.signInAs(partner.adminEmail());
        catalog.hide(OFFICE_E3, true);

        assertFalse(catalog.offers().stream().anyMatch(offer -> offer.id() == OFFICE_E3));
        assertTrue(catalog.catalog("office 365 e3").get(0).hidden());
        assertRefused("order.offer.hidden",
                () -> subscriptions.addSubscriptions(customer, List.of(new OrderLine(OFFICE_E3, 5)), null, null));
        catalog.hide(OFFICE_E3, false);
        subscriptions.addSubscriptions(customer, List.of(new OrderLine(OFFICE_E3, 5)), null, null);

        fixtures.signInAs(fixtures.newPartner(PartnerType.INDIRECT_RESELLER).adminEmail());
        assertRefused("catalog.hide.notReseller", () -> catalog.hide(OFFICE_E3, true));
        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.ADMIN_AGENT));
        assertThrows(EJBAccessException.class, () -> catalog.hide(OFFICE_E3, true));
    }

    /** A customer of the partner with one subscription; signs in as the partner's Global admin. */
    private long subscriptionOf(TestPartner partner, long offerId, int licenses) {
        long customer = testData.customerOf(partner.id(), "Subscriber " + partner.mpnId()).getId();
        long id = testData.subscription(partner.id(), customer, offerId, licenses);
        fixtures.signInAs(partner.adminEmail());
        return id;
    }

    private long version(long subscriptionId) {
        return changes.view(subscriptionId).row().version();
    }

    private Callable<String> change(CountDownLatch start, long id, long version, int licenses) {
        return () -> {
            start.await();
            try {
                changes.changeLicenses(id, version, licenses);
                return "changed";
            } catch (BusinessException refusal) {
                return refusal.messageKey();
            } catch (EJBException failure) {
                return String.valueOf(rootCause(failure));
            }
        };
    }

    private static BusinessException assertRefused(String messageKey, Executable attempt) {
        BusinessException refusal = assertThrows(BusinessException.class, attempt);
        assertEquals(messageKey, refusal.messageKey());
        return refusal;
    }
}
