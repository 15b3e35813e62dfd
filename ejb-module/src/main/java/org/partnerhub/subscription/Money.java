package org.partnerhub.subscription;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency (its ISO 4217 code), such as an offer's price per license. Amounts of
 * different currencies are never added: a sum in two currencies is two sums.
 */
public record Money(BigDecimal amount, String currency) implements Serializable {

    public Money {
        Objects.requireNonNull(amount, "amount");
        // Currency.getInstance refuses a code that is not ISO 4217, so no page meets one it cannot format.
        currency = Currency.getInstance(Objects.requireNonNull(currency, "currency")).getCurrencyCode();
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The price of this many units, such as a line of licenses. */
    public Money times(int units) {
        return new Money(amount.multiply(BigDecimal.valueOf(units)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
