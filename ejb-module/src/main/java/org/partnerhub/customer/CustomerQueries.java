package org.partnerhub.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerhub.account.Customer;
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.account.DomainPrefixes;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.subscription.CustomerSubscriptions;
import org.partnerhub.subscription.SubscriptionRow;

/**
 * Read-only views of the signed-in partner's customers: those with which it has an active
 * relationship. Lists are paged, filtered and sorted by the database and return small rows.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class CustomerQueries {

    public static final int MAX_PAGE = 1000;

    private static final String ACTIVE_AND_MINE =
            " where r.partner.id = :partner and " + ActiveRelationships.condition("r");
    private static final String MY_RELATIONSHIPS = " from ResellerRelationship r" + ACTIVE_AND_MINE;
    /** The customer's name key and domain prefix as the relationship keeps them: no join. */
    private static final String MATCHING =
            " and (r.customerNameKey like :text escape '\\' or r.customerDomainKey like :text escape '\\')";
    private static final String SERVED_ALSO_BY = " and exists (select r2.id from ResellerRelationship r2"
            + " where r2.customer = r.customer and r2.partner.id = :reseller"
            + " and " + ActiveRelationships.condition("r2") + ")";

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainPrefixes domainPrefixes;

    @Inject
    CustomerSubscriptions customerSubscriptions;

    @Inject
    ActivePartnerships activePartnerships;

    @Inject
    ActiveRelationships activeRelationships;

    @EJB
    CurrentUser currentUser;

    @Inject
    Continuations continuations;

    @Inject
    LargeCounts largeCounts;

    @Inject
    FarPages farPages;

    /**
     * A page of the caller's customers in two queries: the page's ids from the relationships,
     * which an index (partner, status, sort key, customer) holds in the list's order, so a page
     * 50,000 customers in reads 50,000 index entries instead of joining and sorting 50,000
     * customers (170 ms, bench/load.sh); then those customers. Exact: for exports and the API.
     */
    public List<CustomerRow> customers(@NotNull CustomerSearch search, @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int pageSize) {
        return rowsOf(ids(search, first, pageSize, Optional.empty()));
    }

    /**
     * A page of the list page: as {@link #customers}, but in a list counted "about" a far page
     * reads on from the nearest thousandth row before it ({@link FarPages}), and is "about" where
     * it starts too.
     */
    public List<CustomerRow> listPage(@NotNull CustomerSearch search, @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int pageSize) {
        int block = first / FarPages.EVERY;
        String list = countKey(search);
        Optional<FarPages.Anchor> anchor = block > 0 && largeCounts.isLarge(list)
                ? farPages.before(list + "\u001f" + search.sort() + "\u001f" + search.ascending(), block,
                        previous -> lastOfBlockAfter(search, previous))
                : Optional.empty();
        return rowsOf(ids(search, anchor.isPresent() ? first - block * FarPages.EVERY : first, pageSize, anchor));
    }

    private List<Long> ids(CustomerSearch search, int first, int pageSize, Optional<FarPages.Anchor> anchor) {
        return after(withSearch(em.createQuery("select r.customerId" + MY_RELATIONSHIPS + conditions(search)
                        + after(search, anchor) + orderBy(search), Long.class), search), anchor)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /** The customers of these ids, in that order. */
    private List<CustomerRow> rowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerRow> rows = em.createQuery("""
                        select new org.partnerhub.customer.CustomerRow(c.id, c.companyName, c.domainPrefix, c.country,
                               c.createdAt)
                        from Customer c where c.id in :ids""", CustomerRow.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(CustomerRow::id, row -> new CustomerRow(row.id(), row.companyName(),
                        CustomerDomain.of(row.domain()), row.country(), row.createdAt())));
        return ids.stream().map(rows::get).toList();
    }

    /** The last row of the block of {@link FarPages#EVERY} rows after the given row (none: the first block). */
    private FarPages.Anchor lastOfBlockAfter(CustomerSearch search, FarPages.Anchor previous) {
        Optional<FarPages.Anchor> none = Optional.ofNullable(previous);
        return after(withSearch(em.createQuery("select " + sortKey(search) + ", r.customerId" + MY_RELATIONSHIPS
                        + conditions(search) + after(search, none) + orderBy(search), Object[].class), search), none)
                .setFirstResult(FarPages.EVERY - 1)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new FarPages.Anchor(row[0], (Long) row[1]))
                .orElse(null);
    }

    private static String sortKey(CustomerSearch search) {
        return switch (search.sort()) {
            case NAME -> "r.customerNameKey";
            case CREATED -> "r.customerCreatedAt";
        };
    }

    /** The list's order; the id makes it total, so pages neither repeat nor skip a customer. */
    private static String orderBy(CustomerSearch search) {
        String direction = search.ascending() ? " asc" : " desc";
        return " order by " + sortKey(search) + direction + ", r.customerId" + direction;
    }

    /** The rows after the anchor in the list's order, if there is one. */
    private static String after(CustomerSearch search, Optional<FarPages.Anchor> anchor) {
        return anchor.isEmpty() ? "" : KeysetPage.after(sortKey(search), "r.customerId", search.ascending(), "anchorKey",
                "anchorId");
    }

    private static <T> TypedQuery<T> after(TypedQuery<T> query, Optional<FarPages.Anchor> anchor) {
        anchor.ifPresent(row -> query.setParameter("anchorKey", row.key()).setParameter("anchorId", row.customerId()));
        return query;
    }

    /**
     * Only the relationships are counted, the search included: every one has its customer and
     * keeps the customer's keys, and skipping the join makes the count ten times faster for a
     * partner with 100,000 customers (bench/customer-list-query.sh).
     */
    public long count(@NotNull CustomerSearch search) {
        return withSearch(em.createQuery("select count(r)" + MY_RELATIONSHIPS + conditions(search), Long.class), search)
                .getSingleResult();
    }

    /**
     * The count a list page shows: exact for up to 10,000 customers, about as many for more
     * (counted at most five minutes earlier, {@link LargeCounts}).
     */
    public CustomerCount listCount(@NotNull CustomerSearch search) {
        return largeCounts.of(countKey(search), () -> count(search));
    }

    /** Which list a count (and its far pages) are of: the caller's, with this search. */
    private String countKey(CustomerSearch search) {
        return currentUser.partnerId() + "\u001f" + search.text() + "\u001f" + search.indirectResellerId();
    }

    /**
     * One page of the caller's customers, by id, from where the continuation says the last page
     * ended (none: from the first), keyset-paged so that page 200 costs what page 1 does and a
     * customer added meanwhile is neither repeated nor skipped. The continuation also carries the
     * filter and whose list it is: another partner's, or a changed one, is refused.
     */
    public KeysetPage<CustomerAccount> page(String continuation, @Min(1) @Max(KeysetPage.MAX_SIZE) int size, CustomerPrefix prefix) {
        long partnerId = currentUser.partnerId();
        long afterId = 0;
        CustomerPrefix filter = prefix;
        if (continuation != null) {
            List<String> parts = continuations.resume(continuation, String.valueOf(partnerId), 3);
            afterId = Long.parseLong(parts.get(0));
            filter = parts.get(1).isEmpty() ? null
                    : new CustomerPrefix(CustomerPrefix.Field.valueOf(parts.get(1)), parts.get(2));
        }
        String matching = filter == null ? "" : switch (filter.field()) {
            case COMPANY_NAME -> " and c.companyNameKey like :text escape '\\'";
            case DOMAIN -> " and c.domainPrefix like :text escape '\\'";
        };
        // The relationship's own customer_id, not the customer's id: the index (partner, status,
        // customer) then starts at the last id, where c.id made PostgreSQL read every earlier
        // relationship of the partner first (page 90 of 180 took 14 ms in SQL instead of 0.7).
        TypedQuery<ResellerRelationship> query = em.createQuery("select r from ResellerRelationship r join fetch r.customer c"
                        + ACTIVE_AND_MINE + " and r.customerId > :after" + matching + " order by r.customerId",
                        ResellerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("after", afterId)
                .setMaxResults(size + 1)
                // Rows to read and answer, not to change: EclipseLink then builds no working copies.
                .setHint("eclipselink.read-only", "true");
        if (filter != null) {
            query.setParameter("text", filter.likePattern());
        }
        CustomerPrefix kept = filter;
        return continuations.page(query.getResultList().stream().map(CustomerQueries::accountOf).toList(), size,
                String.valueOf(partnerId), last -> List.of(String.valueOf(last.id()),
                        kept == null ? "" : kept.field().name(), kept == null ? "" : kept.text()));
    }

    public CustomerAccount account(long customerId) {
        return accountOf(myRelationship(customerId));
    }

    /**
     * Account, and the first subscriptions and users with how many there are in all, after one
     * check that the customer is the caller's: a customer may have thousands of either.
     */
    public CustomerSummary summary(long customerId) {
        ResellerRelationship relationship = myRelationship(customerId);
        return new CustomerSummary(accountOf(relationship),
                customerSubscriptions.page(customerId, 0, CustomerSummary.FIRST),
                customerSubscriptions.count(customerId),
                usersOf(customerId, 0, CustomerSummary.FIRST), countUsersOf(customerId));
    }

    public List<SubscriptionRow> subscriptions(long customerId) {
        myRelationship(customerId);
        return customerSubscriptions.of(customerId);
    }

    /** One page of the customer's subscriptions, oldest first: a customer may have thousands. */
    public List<SubscriptionRow> subscriptions(long customerId, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        myRelationship(customerId);
        return customerSubscriptions.page(customerId, first, max);
    }

    public long subscriptionCount(long customerId) {
        myRelationship(customerId);
        return customerSubscriptions.count(customerId);
    }

    /** What stops the caller removing its relationship: active subscriptions bought through it. */
    public List<SubscriptionRow> removalBlockers(long customerId) {
        ResellerRelationship relationship = myRelationship(customerId);
        return customerSubscriptions.activeThrough(relationship.getPartner().getId(), customerId);
    }

    /** One page of the customer's users, administrators first, by user name. */
    public List<CustomerUserRow> users(long customerId, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        myRelationship(customerId);
        return usersOf(customerId, first, max);
    }

    public long userCount(long customerId) {
        myRelationship(customerId);
        return countUsersOf(customerId);
    }

    /** Domain prefixes are unique across all partners' customers, not only the caller's. */
    public boolean domainPrefixAvailable(String prefix) {
        return domainPrefixes.available(prefix);
    }

    private static CustomerAccount accountOf(ResellerRelationship relationship) {
        Customer customer = relationship.getCustomer();
        return new CustomerAccount(customer.getId(), customer.domain(), customer.accountInfo(),
                customer.getCreatedAt(), relationship.getSince(), relationship.hasDelegatedAdmin(),
                relationship.allowsSelfService());
    }

    private List<CustomerUserRow> usersOf(long customerId, int first, int max) {
        return em.createQuery("""
                        select u from CustomerUser u where u.customer.id = :customer
                        order by u.administrator desc, u.userName, u.id""", CustomerUser.class)
                .setParameter("customer", customerId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream()
                .map(CustomerUser::toRow)
                .toList();
    }

    private long countUsersOf(long customerId) {
        return em.createQuery("select count(u) from CustomerUser u where u.customer.id = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    private ResellerRelationship myRelationship(long customerId) {
        return activeRelationships.of(currentUser.partnerId(), customerId);
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
            activePartnerships.reseller(partnerId, search.indirectResellerId(), "reseller");
            query.setParameter("reseller", search.indirectResellerId());
        }
        return query;
    }
}
