package org.partnerhub.subscription;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an order comes to before it is placed: each line's offer, licenses and price for one
 * billing cycle, and the order's total. The one place that adds prices up; a total is per
 * currency, because amounts in different currencies do not add.
 */
public record OrderQuote(List<Line> lines) implements Serializable {

    public OrderQuote {
        lines = List.copyOf(lines);
    }

    /** One line: licenses of an offer, at its price per license. */
    public record Line(OfferRow offer, int licenses) implements Serializable {

        public Money total() {
            return offer.price().times(licenses);
        }
    }

    /** The sum of the lines in each of their currencies, in the order the currencies first appear. */
    public List<Money> totals() {
        Map<String, Money> byCurrency = new LinkedHashMap<>();
        for (Line line : lines) {
            byCurrency.merge(line.offer().currency(), line.total(), Money::plus);
        }
        return List.copyOf(byCurrency.values());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
