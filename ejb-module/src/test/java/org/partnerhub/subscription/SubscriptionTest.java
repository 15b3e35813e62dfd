package org.partnerhub.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.TestEntities;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.TranslatedText;

/** The rules of a subscription's life, on a clock the test sets. */
class SubscriptionTest {

    private static final LocalDateTime BOUGHT = LocalDateTime.of(2026, 11, 2, 9, 30);
    private static final Duration WINDOW = Duration.ofDays(7);

    private final Offer basic = offer(1, "BASIC", BillingCycle.MONTHLY, 1, 300);
    private final Offer premium = offer(2, "PREMIUM", BillingCycle.ANNUAL, 1, 300);
    private final Offer e3 = offer(3, "E3", BillingCycle.ANNUAL, 5, 50000);
    private final CustomerOrder order = new CustomerOrder(TestEntities.partner(PartnerType.INDIRECT_PROVIDER),
            TestEntities.customer(), "ana@contoso.example");

    @Test
    void anIncreaseIsAllowedAnyTimeAndOpensANewWindowForDecreases() {
        Subscription cut = order.subscribe(basic, 10, BOUGHT);

        assertEquals(10, cut.changeLicenses(12, 0, BOUGHT.plusDays(30), WINDOW));
        assertEquals(BOUGHT.plusDays(37), cut.decreaseAllowedUntil(WINDOW));
        assertEquals(12, cut.changeLicenses(11, 0, BOUGHT.plusDays(36), WINDOW));
        assertEquals(11, cut.getLicenses());
    }

    @Test
    void aDecreaseAfterTheWindowIsRefusedWithTheDayItClosed() {
        Subscription cut = order.subscribe(basic, 10, BOUGHT);

        assertEquals(10, cut.changeLicenses(9, 0, BOUGHT.plusDays(7).minusSeconds(1), WINDOW));
        BusinessException refusal = refused("subscription.licenses.windowClosed",
                () -> cut.changeLicenses(8, 0, BOUGHT.plusDays(7), WINDOW));
        assertEquals("licenses", refusal.field());
        assertEquals(LocalDate.of(2026, 11, 9), refusal.arguments()[0]);
        assertEquals(9, cut.getLicenses());
    }

    @Test
    void licensesStayWithinTheOfferAndAboveWhatIsAssigned() {
        Subscription cut = order.subscribe(e3, 10, BOUGHT);

        refused("subscription.licenses.outOfRange", () -> cut.changeLicenses(4, 0, BOUGHT, WINDOW));
        refused("subscription.licenses.outOfRange", () -> cut.changeLicenses(50001, 0, BOUGHT, WINDOW));
        refused("subscription.licenses.unchanged", () -> cut.changeLicenses(10, 0, BOUGHT, WINDOW));
        refused("subscription.licenses.belowAssigned", () -> cut.changeLicenses(6, 8, BOUGHT, WINDOW));
        assertEquals(10, cut.getLicenses());
    }

    @Test
    void theTermEndsAfterOneBillingCycle() {
        assertEquals(LocalDate.of(2026, 12, 2), order.subscribe(basic, 1, BOUGHT).getTermEnd());
        assertEquals(LocalDate.of(2027, 11, 2), order.subscribe(premium, 1, BOUGHT).getTermEnd());
    }

    @Test
    void suspendReactivateAndCancelFollowTheStatusesAndNeedAReason() {
        Subscription cut = order.subscribe(basic, 10, BOUGHT);

        refused("subscription.reason.required", () -> cut.suspend("  ", "ana", BOUGHT));
        refused("subscription.status.wrong", () -> cut.reactivate("why", "ana", BOUGHT));
        cut.suspend("Unpaid invoice", "ana", BOUGHT);
        assertEquals(SubscriptionStatus.SUSPENDED, cut.knownStatus());
        refused("subscription.status.wrong", () -> cut.changeLicenses(11, 0, BOUGHT, WINDOW));
        cut.reactivate("Paid", "ana", BOUGHT);
        cut.cancel("No longer needed", "ana", BOUGHT);
        assertEquals(SubscriptionStatus.CANCELLED, cut.knownStatus());
        refused("subscription.status.wrong", () -> cut.reactivate("again", "ana", BOUGHT));
    }

    @Test
    void anUpgradeFollowsThePathsAndMovesTheLicensesAndCredit() {
        basic.upgradeTo(Set.of(premium));
        Subscription cut = order.subscribe(basic, 10, BOUGHT);

        refused("subscription.upgrade.noPath", () -> cut.upgradeTo(e3, order, "ana", BOUGHT));
        Subscription next = cut.upgradeTo(premium, order, "ana", BOUGHT.plusDays(3));

        assertEquals(10, next.getLicenses());
        assertSame(premium, next.getOffer());
        assertEquals(SubscriptionStatus.ACTIVE, next.knownStatus());
        assertEquals(SubscriptionStatus.CANCELLED, cut.knownStatus());
        refused("subscription.status.wrong", () -> cut.upgradeTo(premium, order, "ana", BOUGHT));
    }

    @Test
    void aStatusCodeThisVersionDoesNotKnowIsNoStatus() {
        assertNull(SubscriptionStatus.of("FROZEN"));
        assertEquals(SubscriptionStatus.EXPIRED, SubscriptionStatus.of("EXPIRED"));
    }

    private static BusinessException refused(String key, Executable attempt) {
        BusinessException refusal = assertThrows(BusinessException.class, attempt);
        assertEquals(key, refusal.messageKey());
        return refusal;
    }

    private static Offer offer(long id, String code, BillingCycle cycle, int min, int max) {
        return new Offer(id, new CatalogLine(code, TranslatedText.english(code), TranslatedText.english(code), cycle,
                BigDecimal.ONE, "USD", min, max, false, List.of()));
    }
}
