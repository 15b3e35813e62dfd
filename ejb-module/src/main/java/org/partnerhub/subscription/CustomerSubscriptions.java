package org.partnerhub.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * A customer's subscriptions as rows, for whoever already checked that the caller may see them:
 * the customer pages and the relationship rules.
 */
@ApplicationScoped
public class CustomerSubscriptions {

    private static final String ROWS = """
            select new org.partnerhub.subscription.SubscriptionRow(
                s.id, s.version, o.id, o.name, o.namePtBr, o.nameEs, o.billingCycle, s.licenses, o.minLicenses,
                o.maxLicenses, s.status, p.id, p.name, s.createdAt, s.termEnd, r.name, r.mpnId, sp.id, sp.name, s.statusReason,
                s.licensesChangedAt, o.code)
            from Subscription s join s.offer o join s.partner p left join s.reseller r left join s.supportPartner sp
            where s.customer.id = :customer""";
    private static final String IN_ORDER = " order by s.createdAt, s.id";

    @PersistenceContext
    EntityManager em;

    /** All the customer's subscriptions, through whichever partner they were bought. */
    public List<SubscriptionRow> of(long customerId) {
        return em.createQuery(ROWS + IN_ORDER, SubscriptionRow.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** One of them. */
    public SubscriptionRow one(long customerId, long subscriptionId) {
        return em.createQuery(ROWS + " and s.id = :subscription", SubscriptionRow.class)
                .setParameter("customer", customerId)
                .setParameter("subscription", subscriptionId)
                .getSingleResult();
    }

    /** One page of them, for a customer with many. */
    public List<SubscriptionRow> page(long customerId, int first, int max) {
        return em.createQuery(ROWS + IN_ORDER, SubscriptionRow.class)
                .setParameter("customer", customerId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(long customerId) {
        return em.createQuery("select count(s) from Subscription s where s.customer.id = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    /** The customer's active subscriptions bought through this partner. */
    public List<SubscriptionRow> activeThrough(long partnerId, long customerId) {
        TypedQuery<SubscriptionRow> query = em.createQuery(ROWS
                + " and p.id = :partner and s.status = 'ACTIVE'"
                + IN_ORDER, SubscriptionRow.class);
        return query.setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .getResultList();
    }
}
