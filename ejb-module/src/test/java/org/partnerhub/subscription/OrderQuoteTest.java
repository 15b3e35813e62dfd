package org.partnerhub.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.shared.TranslatedText;

class OrderQuoteTest {

    @Test
    void eachLineCostsItsLicensesAtThePricePerLicenseAndTheOrderTheirSum() {
        OrderQuote cut = new OrderQuote(List.of(
                new OrderQuote.Line(offer("6.00", "USD"), 15),
                new OrderQuote.Line(offer("276.00", "USD"), 10)));

        assertEquals(List.of(money("90.00", "USD"), money("2760.00", "USD")),
                cut.lines().stream().map(OrderQuote.Line::total).toList());
        assertEquals(List.of(money("2850.00", "USD")), cut.totals());
    }

    @Test
    void anOrderInTwoCurrenciesHasATotalInEach() {
        OrderQuote cut = new OrderQuote(List.of(
                new OrderQuote.Line(offer("6.00", "USD"), 2),
                new OrderQuote.Line(offer("5.50", "EUR"), 2),
                new OrderQuote.Line(offer("4.00", "USD"), 1)));

        assertEquals(List.of(money("16.00", "USD"), money("11.00", "EUR")), cut.totals());
    }

    @Test
    void anEmptyOrderHasNoTotal() {
        assertEquals(List.of(), new OrderQuote(List.of()).totals());
    }

    @Test
    void amountsInDifferentCurrenciesAreNeverAddedAndUnknownCurrenciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> money("1", "USD").plus(money("1", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> money("1", "XYZ"));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    private static OfferRow offer(String price, String currency) {
        return new OfferRow(1, TranslatedText.english("Offer"), TranslatedText.english("An offer."), BillingCycle.MONTHLY,
                new BigDecimal(price), currency, 1, 300, false, List.of(), "OFFER");
    }
}
