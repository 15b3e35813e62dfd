package org.partnerhub.dashboard;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How a partner's business stands, as counted at {@code countedAt} (UTC): its customers (served
 * through active relationships), its active subscriptions and their licenses (those it holds or
 * is credited with, of those customers), its active partnerships, each with its trend; the
 * customers it began serving in each of the last 12 months, oldest first; its active licenses
 * per offer, most first; for a provider, customers and credited licenses per partnered reseller,
 * most customers first; and its subscriptions per status.
 */
public record Dashboard(Trend customers, Trend activeSubscriptions, Trend licenses, Trend partners,
        List<MonthCount> customersAdded, List<OfferFigures> offers, List<ResellerFigures> resellers,
        List<StatusCount> statuses, LocalDateTime countedAt) implements Serializable {

    public Dashboard {
        customersAdded = List.copyOf(customersAdded);
        offers = List.copyOf(offers);
        resellers = List.copyOf(resellers);
        statuses = List.copyOf(statuses);
    }
}
