package org.partnerhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.partnerhub.subscription.Money;

/**
 * Every price and amount a page shows, written one way per language: the language's own
 * currency format (symbol, its place, separators) with the amount's currency and that
 * currency's decimals, e.g. $90.00, US$ 90,00, 90,00 US$. Pages call {@code #{money.format(…)}}.
 */
@Named("money")
@ApplicationScoped
public class MoneyFormat {

    @Inject
    LanguageSwitch languageSwitch;

    /** The amount in the page's language; empty for none. */
    public String format(Money money) {
        return money == null ? "" : formatIn(money, languageSwitch.getLocale());
    }

    /** The amount as this language writes it (named apart from format, which pages call with one argument). */
    public static String formatIn(Money money, Locale locale) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        // setCurrency keeps the decimals of the locale's own currency; a price shows its currency's.
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount());
    }
}
