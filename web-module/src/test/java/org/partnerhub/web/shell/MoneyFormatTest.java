package org.partnerhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.Money;

/** One money format per language, whatever the page: the language's own, with the amount's currency. */
class MoneyFormatTest {

    // Java separates amount and symbol with a no-break space, so that a price never wraps between them.
    private static final String NBSP = "\u00a0";

    @Test
    void anAmountInDollarsIsWrittenTheWayEachLanguageWritesIt() {
        Money total = new Money(new BigDecimal("2850.5"), "USD");

        assertEquals("$2,850.50", MoneyFormat.formatIn(total, Language.EN.locale()));
        assertEquals("US$" + NBSP + "2.850,50", MoneyFormat.formatIn(total, Language.PT_BR.locale()));
        assertEquals("2.850,50" + NBSP + "US$", MoneyFormat.formatIn(total, Language.ES.locale()));
    }

    @Test
    void theAmountsCurrencyDecidesTheSymbolAndTheDecimals() {
        assertEquals("R$" + NBSP + "12,50", MoneyFormat.formatIn(new Money(new BigDecimal("12.5"), "BRL"), Language.PT_BR.locale()));
        assertEquals("90,00" + NBSP + "€", MoneyFormat.formatIn(new Money(new BigDecimal("90"), "EUR"), Language.ES.locale()));
        assertEquals("¥1,200", MoneyFormat.formatIn(new Money(new BigDecimal("1200"), "JPY"), Language.EN.locale()));
    }
}
