package org.partnerhub.subscription;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** The subscription lists the customer pages and the relationship rules read. */
public final class Subscriptions {

    private static final String ROWS = """
            select new org.partnerhub.subscription.SubscriptionRow(
                s.id, s.version, o.id, o.name, o.billingCycle, s.licenses, o.minLicenses, o.maxLicenses, s.status,
                p.id, p.name, s.createdAt, s.termEnd, r.name, r.mpnId, s.supportContact, s.statusReason,
                s.licensesChangedAt)
            from Subscription s join s.offer o join s.partner p left join s.reseller r
            where s.customer.id = :customer""";
    private static final String IN_ORDER = " order by s.createdAt, s.id";

    private Subscriptions() {
    }

    /** All the customer's subscriptions, through whichever partner they were bought. */
    public static List<SubscriptionRow> of(EntityManager em, long customerId) {
        return em.createQuery(ROWS + IN_ORDER, SubscriptionRow.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** One of them. */
    public static SubscriptionRow one(EntityManager em, long customerId, long subscriptionId) {
        return em.createQuery(ROWS + " and s.id = :subscription", SubscriptionRow.class)
                .setParameter("customer", customerId)
                .setParameter("subscription", subscriptionId)
                .getSingleResult();
    }

    /** One page of them, for a customer with many. */
    public static List<SubscriptionRow> page(EntityManager em, long customerId, int first, int max) {
        return em.createQuery(ROWS + IN_ORDER, SubscriptionRow.class)
                .setParameter("customer", customerId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public static long count(EntityManager em, long customerId) {
        return em.createQuery("select count(s) from Subscription s where s.customer.id = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    /** The customer's active subscriptions bought through this partner. */
    public static List<SubscriptionRow> activeThrough(EntityManager em, long partnerId, long customerId) {
        TypedQuery<SubscriptionRow> query = em.createQuery(ROWS
                + " and p.id = :partner and s.status = 'ACTIVE'"
                + IN_ORDER, SubscriptionRow.class);
        return query.setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .getResultList();
    }
}
