package org.partnerhub.subscription;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** The subscription lists the customer pages and the relationship rules read. */
public final class Subscriptions {

    private static final String ROWS = """
            select new org.partnerhub.subscription.SubscriptionRow(
                s.id, o.name, o.billingCycle, s.licenses, s.status, p.id, p.name, s.createdAt, r.name, r.mpnId,
                s.supportContact)
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

    /** The customer's active subscriptions bought through this partner. */
    public static List<SubscriptionRow> activeThrough(EntityManager em, long partnerId, long customerId) {
        TypedQuery<SubscriptionRow> query = em.createQuery(ROWS
                + " and p.id = :partner and s.status = org.partnerhub.subscription.SubscriptionStatus.ACTIVE"
                + IN_ORDER, SubscriptionRow.class);
        return query.setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .getResultList();
    }
}
