package org.partnerhub.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.TranslatedText;
import org.partnerhub.subscription.SubscriptionStatus;

/**
 * Counts one partner's business for its dashboard, in five grouped queries: the database
 * counts and sums, and only the groups come back (a row per offer and status, per partnered
 * reseller, one for the customers), never the rows counted. The tenant rule holds in each:
 * customers are those the partner serves through an active relationship, subscriptions are
 * those customers' that the partner holds or is credited with.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class BusinessCounts {

    static final int MONTHS = 12;
    static final int TREND_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(BusinessCounts.class.getName());

    /**
     * The partner serves the subscription's customer now: the tenant rule, for a subscription
     * {@code s}. By the rows' own customer ids: comparing the customers joins the customer
     * table, which made PostgreSQL's plan for the credited licenses 15 times slower.
     */
    private static final String CUSTOMER_SERVED = " exists (select r.id from ResellerRelationship r"
            + " where r.customerId = s.customerId and r.partner.id = :partner and " + ActiveRelationships.condition("r") + ")";
    private static final String ACTIVE_PARTNERSHIP = " = org.partnerhub.partnership.PartnershipStatus.ACTIVE";
    private static final String BEGAN_LAST = " >= :last30 then %s else 0 end)";
    private static final String BEGAN_BEFORE = " >= :previous30 and %s < :last30 then %s else 0 end)";
    /** Known statuses in their lifecycle's order, then any this version does not know, by code. */
    private static final Comparator<String> STATUS_ORDER = Comparator
            .comparing((String code) -> SubscriptionStatus.of(code) == null ? Integer.MAX_VALUE
                    : SubscriptionStatus.of(code).ordinal())
            .thenComparing(Comparator.naturalOrder());

    @PersistenceContext
    EntityManager em;

    @Inject
    KeptDashboards kept;

    /** The partner's dashboard as the database counts it now. */
    public Dashboard count(long partnerId) {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Window window = new Window(now);
        Object[] customers = customers(partnerId, window);
        Subscriptions subscriptions = subscriptions(partnerId, window);
        PartnerType type = em.createQuery("select p.type from Partner p where p.id = :partner", PartnerType.class)
                .setParameter("partner", partnerId)
                .getSingleResult();
        Dashboard dashboard = new Dashboard(trend(customers, 0), subscriptions.active, subscriptions.licenses,
                type == PartnerType.DIRECT_RESELLER ? Trend.NONE : partners(partnerId, window), months(customers, window),
                subscriptions.offers, type == PartnerType.INDIRECT_PROVIDER ? resellers(partnerId) : List.of(),
                subscriptions.statuses, now);
        LOG.fine(() -> "dashboard of partner " + partnerId + " counted in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
        return dashboard;
    }

    /** Counts again in the background and keeps the result: a kept dashboard grown old is shown meanwhile. */
    @Asynchronous
    public void countAgainLater(long partnerId) {
        try {
            kept.keep(partnerId, count(partnerId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the dashboard of partner " + partnerId + " was not counted again", e);
            kept.countingFailed(partnerId);
        }
    }

    /**
     * Where the trends and the months begin: the last 30 days, the 30 before, and the first day
     * (UTC) of each of the last 12 months, the current one last.
     */
    record Window(LocalDateTime last30, LocalDateTime previous30, List<YearMonth> months) {

        Window(LocalDateTime now) {
            this(now.minusDays(TREND_DAYS), now.minusDays(2L * TREND_DAYS), monthsUntil(YearMonth.from(now)));
        }

        private static List<YearMonth> monthsUntil(YearMonth current) {
            List<YearMonth> months = new ArrayList<>();
            for (int back = MONTHS - 1; back >= 0; back--) {
                months.add(current.minusMonths(back));
            }
            return months;
        }

        LocalDateTime start(int month) {
            return months.get(month).atDay(1).atStartOfDay();
        }

        Query bind(Query query) {
            return query.setParameter("last30", last30).setParameter("previous30", previous30);
        }
    }

    /**
     * One row: the customers served, those begun in the last 30 days and in the 30 before, then
     * those begun in each of the 12 months (one scan of the partner's active relationships).
     */
    private Object[] customers(long partnerId, Window window) {
        StringBuilder jpql = new StringBuilder("select count(r)")
                .append(", sum(case when r.since").append(BEGAN_LAST.formatted("1"))
                .append(", sum(case when r.since").append(BEGAN_BEFORE.formatted("r.since", "1"));
        for (int month = 0; month < MONTHS; month++) {
            jpql.append(", sum(case when r.since >= :month").append(month)
                    .append(month + 1 < MONTHS ? " and r.since < :month" + (month + 1) : "")
                    .append(" then 1 else 0 end)");
        }
        jpql.append(" from ResellerRelationship r where r.partner.id = :partner and ")
                .append(ActiveRelationships.condition("r"));
        Query query = window.bind(em.createQuery(jpql.toString())).setParameter("partner", partnerId);
        for (int month = 0; month < MONTHS; month++) {
            query.setParameter("month" + month, window.start(month));
        }
        return (Object[]) query.getSingleResult();
    }

    private static List<MonthCount> months(Object[] customers, Window window) {
        List<MonthCount> months = new ArrayList<>();
        for (int month = 0; month < MONTHS; month++) {
            months.add(new MonthCount(window.months().get(month), number(customers[3 + month])));
        }
        return months;
    }

    /** The count in column {@code at} and the two that follow it: began in the last 30 days, in the 30 before. */
    private static Trend trend(Object[] row, int at) {
        return new Trend(number(row[at]), number(row[at + 1]), number(row[at + 2]));
    }

    private record Subscriptions(Trend active, Trend licenses, List<OfferFigures> offers, List<StatusCount> statuses) {
    }

    /**
     * One scan of the partner's subscriptions, grouped by offer and status: subscriptions and
     * licenses, and those of the subscriptions begun in the last 30 days and in the 30 before.
     * Active ones make the offers' figures and the trends; every status is counted.
     */
    private Subscriptions subscriptions(long partnerId, Window window) {
        @SuppressWarnings("unchecked")
        List<Object[]> groups = window.bind(em.createQuery("select s.offer.id, s.status, count(s)"
                        + ", sum(case when s.createdAt" + BEGAN_LAST.formatted("1")
                        + ", sum(case when s.createdAt" + BEGAN_BEFORE.formatted("s.createdAt", "1")
                        + ", sum(s.licenses)"
                        + ", sum(case when s.createdAt" + BEGAN_LAST.formatted("s.licenses")
                        + ", sum(case when s.createdAt" + BEGAN_BEFORE.formatted("s.createdAt", "s.licenses")
                        + " from Subscription s"
                        + " where (s.partner.id = :partner or s.reseller.id = :partner) and" + CUSTOMER_SERVED
                        + " group by s.offer.id, s.status"))
                .setParameter("partner", partnerId)
                .getResultList();
        long[] active = new long[6];
        Map<Long, long[]> perOffer = new LinkedHashMap<>();
        Map<String, Long> perStatus = new LinkedHashMap<>();
        for (Object[] group : groups) {
            perStatus.merge((String) group[1], number(group[2]), Long::sum);
            if (SubscriptionStatus.ACTIVE.name().equals(group[1])) {
                for (int i = 0; i < active.length; i++) {
                    active[i] += number(group[2 + i]);
                }
                perOffer.put(((Number) group[0]).longValue(), new long[] {number(group[2]), number(group[5])});
            }
        }
        Map<Long, TranslatedText> names = new LinkedHashMap<>();
        if (!perOffer.isEmpty()) {
            // The names alone: loading the offers as entities took as long as counting a small partner's subscriptions.
            em.createQuery("select o.id, o.name, o.namePtBr, o.nameEs from Offer o where o.id in :ids", Object[].class)
                    .setParameter("ids", perOffer.keySet())
                    .getResultList()
                    .forEach(row -> names.put(((Number) row[0]).longValue(),
                            new TranslatedText((String) row[1], (String) row[2], (String) row[3])));
        }
        List<OfferFigures> offerFigures = perOffer.entrySet().stream()
                .map(entry -> new OfferFigures(entry.getKey(), names.get(entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1]))
                .sorted(Comparator.comparingLong(OfferFigures::licenses).reversed()
                        .thenComparing(figures -> figures.offerName().en()))
                .toList();
        List<StatusCount> statuses = perStatus.entrySet().stream()
                .map(entry -> new StatusCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(StatusCount::status, STATUS_ORDER))
                .toList();
        return new Subscriptions(new Trend(active[0], active[1], active[2]), new Trend(active[3], active[4], active[5]),
                offerFigures, statuses);
    }

    /**
     * The partner's active partnerships (a provider's resellers, a reseller's providers), by when
     * they began. A direct reseller has none.
     */
    private Trend partners(long partnerId, Window window) {
        Object[] row = (Object[]) window.bind(em.createQuery("select count(p)"
                        + ", sum(case when p.acceptedAt" + BEGAN_LAST.formatted("1")
                        + ", sum(case when p.acceptedAt" + BEGAN_BEFORE.formatted("p.acceptedAt", "1")
                        + " from Partnership p where (p.provider.id = :partner or p.reseller.id = :partner)"
                        + " and p.status" + ACTIVE_PARTNERSHIP))
                .setParameter("partner", partnerId)
                .getSingleResult();
        return trend(row, 0);
    }

    /**
     * A provider's partnered resellers with customers in common or credited licenses: customers
     * both serve (as the customer list's reseller filter finds them) and licenses of the
     * provider's active subscriptions credited to each, from two grouped queries.
     */
    private List<ResellerFigures> resellers(long providerId) {
        Map<Long, ResellerFigures> found = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> customers = em.createQuery("select rs.id, rs.name, rs.mpnId, count(r)"
                        + " from ResellerRelationship r, ResellerRelationship r2 join r2.partner rs, Partnership p"
                        + " where r.partner.id = :partner and " + ActiveRelationships.condition("r")
                        + " and r2.customerId = r.customerId and " + ActiveRelationships.condition("r2")
                        + " and p.provider.id = :partner and p.reseller = rs and p.status" + ACTIVE_PARTNERSHIP
                        + " group by rs.id, rs.name, rs.mpnId")
                .setParameter("partner", providerId)
                .getResultList();
        for (Object[] row : customers) {
            long id = ((Number) row[0]).longValue();
            found.put(id, new ResellerFigures(id, (String) row[1], (String) row[2], number(row[3]), 0));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> licenses = em.createQuery("select rs.id, rs.name, rs.mpnId, sum(s.licenses)"
                        + " from Subscription s join s.reseller rs, Partnership p"
                        + " where s.partner.id = :partner and s.status = '" + SubscriptionStatus.ACTIVE.name() + "'"
                        + " and p.provider.id = :partner and p.reseller = rs and p.status" + ACTIVE_PARTNERSHIP
                        + " and" + CUSTOMER_SERVED
                        + " group by rs.id, rs.name, rs.mpnId")
                .setParameter("partner", providerId)
                .getResultList();
        for (Object[] row : licenses) {
            long id = ((Number) row[0]).longValue();
            ResellerFigures before = found.get(id);
            found.put(id, new ResellerFigures(id, (String) row[1], (String) row[2],
                    before == null ? 0 : before.customers(), number(row[3])));
        }
        return found.values().stream()
                .sorted(Comparator.comparingLong(ResellerFigures::customers).reversed()
                        .thenComparing(Comparator.comparingLong(ResellerFigures::licenses).reversed())
                        .thenComparing(ResellerFigures::resellerName))
                .toList();
    }

    /** A count or sum as the database gives it: a sum over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
