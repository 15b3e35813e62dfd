package org.partnerhub.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.identity.Roles;
import org.partnerhub.partnership.Partnerships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.relationship.ResellerRelationships;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.Subscriptions;

/**
 * Read-only views of the signed-in partner's customers: those with which it has an active
 * relationship. Lists are paged, filtered and sorted by the database and return small rows.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class CustomerQueries {

    public static final int MAX_PAGE = 1000;

    private static final String ACTIVE_AND_MINE =
            " where r.partner.id = :partner and r.status = org.partnerhub.relationship.RelationshipStatus.ACTIVE";
    private static final String MY_RELATIONSHIPS = " from ResellerRelationship r" + ACTIVE_AND_MINE;
    private static final String MY_CUSTOMERS = " from ResellerRelationship r join r.customer c" + ACTIVE_AND_MINE;
    private static final String MATCHING =
            " and (c.companyNameKey like :text escape '\\' or c.domainPrefix like :text escape '\\')";
    private static final String SERVED_ALSO_BY = " and exists (select r2.id from ResellerRelationship r2"
            + " where r2.customer = c and r2.partner.id = :reseller"
            + " and r2.status = org.partnerhub.relationship.RelationshipStatus.ACTIVE)";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    public List<CustomerRow> customers(@NotNull CustomerSearch search, @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int pageSize) {
        String order = switch (search.sort()) {
            case NAME -> "c.companyNameKey";
            case CREATED -> "c.createdAt";
        };
        String direction = search.ascending() ? " asc" : " desc";
        // The id makes the order total, so pages neither repeat nor skip a customer.
        TypedQuery<CustomerRow> query = em.createQuery("""
                select new org.partnerhub.customer.CustomerRow(c.id, c.companyName, c.domainPrefix, c.country, c.createdAt)
                """ + MY_CUSTOMERS + conditions(search) + " order by " + order + direction + ", c.id" + direction, CustomerRow.class);
        return withSearch(query, search)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList().stream()
                .map(row -> new CustomerRow(row.id(), row.companyName(), row.domain() + Customer.DOMAIN_SUFFIX,
                        row.country(), row.createdAt()))
                .toList();
    }

    /**
     * Without search text only the relationships are counted: every one has its customer, and
     * skipping the join makes the count ten times faster for a partner with 100,000 customers
     * (bench/customer-list-query.sh).
     */
    public long count(@NotNull CustomerSearch search) {
        String counted = search.isEverything() ? "select count(r)" + MY_RELATIONSHIPS
                : "select count(c)" + MY_CUSTOMERS + conditions(search);
        return withSearch(em.createQuery(counted, Long.class), search).getSingleResult();
    }

    public CustomerAccount account(long customerId) {
        return accountOf(myRelationship(customerId));
    }

    /** Account, subscriptions and users, after one check that the customer is the caller's. */
    public CustomerSummary summary(long customerId) {
        ResellerRelationship relationship = myRelationship(customerId);
        return new CustomerSummary(accountOf(relationship), Subscriptions.of(em, customerId), usersOf(customerId));
    }

    public List<SubscriptionRow> subscriptions(long customerId) {
        myRelationship(customerId);
        return Subscriptions.of(em, customerId);
    }

    /** One page of the customer's subscriptions, oldest first: a customer may have thousands. */
    public List<SubscriptionRow> subscriptions(long customerId, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        myRelationship(customerId);
        return Subscriptions.page(em, customerId, first, max);
    }

    public long subscriptionCount(long customerId) {
        myRelationship(customerId);
        return Subscriptions.count(em, customerId);
    }

    /** What stops the caller removing its relationship: active subscriptions bought through it. */
    public List<SubscriptionRow> removalBlockers(long customerId) {
        ResellerRelationship relationship = myRelationship(customerId);
        return Subscriptions.activeThrough(em, relationship.getPartner().getId(), customerId);
    }

    public List<CustomerUserRow> users(long customerId) {
        myRelationship(customerId);
        return usersOf(customerId);
    }

    /** Domain prefixes are unique across all partners' customers, not only the caller's. */
    public boolean domainPrefixAvailable(String prefix) {
        return DomainPrefixes.available(em, prefix);
    }

    private static CustomerAccount accountOf(ResellerRelationship relationship) {
        Customer customer = relationship.getCustomer();
        return new CustomerAccount(customer.getId(), customer.domain(), customer.accountInfo(),
                customer.getCreatedAt(), relationship.getSince(), relationship.hasDelegatedAdmin(),
                relationship.allowsSelfService());
    }

    private List<CustomerUserRow> usersOf(long customerId) {
        return em.createQuery("""
                        select u from CustomerUser u where u.customer.id = :customer
                        order by u.administrator desc, u.userName""", CustomerUser.class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(CustomerUser::toRow)
                .toList();
    }

    private ResellerRelationship myRelationship(long customerId) {
        return ResellerRelationships.active(em, currentUser.partnerId(), customerId);
    }

    /** Without search text there is no condition at all, so the database can use its indexes. */
    private static String conditions(CustomerSearch search) {
        return (search.text().isEmpty() ? "" : MATCHING) + (search.indirectResellerId() == null ? "" : SERVED_ALSO_BY);
    }

    /**
     * Binds the caller and the search. A reseller filter must name a partnered reseller: any
     * other partner would let the caller probe who else serves its customers.
     */
    private <T> TypedQuery<T> withSearch(TypedQuery<T> query, CustomerSearch search) {
        long partnerId = currentUser.partnerId();
        query.setParameter("partner", partnerId);
        if (!search.text().isEmpty()) {
            query.setParameter("text", search.likePattern());
        }
        if (search.indirectResellerId() != null) {
            Partnerships.activeReseller(em, partnerId, search.indirectResellerId(), "reseller");
            query.setParameter("reseller", search.indirectResellerId());
        }
        return query;
    }
}
