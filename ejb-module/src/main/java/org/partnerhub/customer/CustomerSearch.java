package org.partnerhub.customer;

import java.io.Serializable;
import java.util.Locale;
import org.partnerhub.account.Customer;
import org.partnerhub.account.CustomerDomain;

/**
 * What the customer list shows: customers whose company name or domain contains {@code text}
 * (any case; blank for all), in the given order.
 */
public record CustomerSearch(String text, CustomerSort sort, boolean ascending, Long indirectResellerId)
        implements Serializable {

    public CustomerSearch {
        text = text == null ? "" : text.trim();
        sort = sort == null ? CustomerSort.NAME : sort;
    }

    /** A search among all the caller's customers, whoever else serves them. */
    public CustomerSearch(String text, CustomerSort sort, boolean ascending) {
        this(text, sort, ascending, null);
    }

    public static CustomerSearch all() {
        return new CustomerSearch("", CustomerSort.NAME, true);
    }

    /** Only the customers this partnered indirect reseller serves too; null for all. */
    public CustomerSearch servedAlsoBy(Long resellerId) {
        return new CustomerSearch(text, sort, ascending, resellerId);
    }

    public CustomerSearch matching(String newText) {
        return new CustomerSearch(newText, sort, ascending, indirectResellerId);
    }

    public CustomerSearch sortedBy(CustomerSort newSort, boolean newAscending) {
        return new CustomerSearch(text, newSort, newAscending, indirectResellerId);
    }

    /**
     * The LIKE pattern for the name key and the domain prefix: the search text in lower case, its
     * wildcards taken literally. A whole customer domain
     * ({@code woodgrove.partnerhub.example}) is searched as its prefix: the relationship keeps
     * only that, and the rest is the same for every customer.
     */
    String likePattern() {
        String suffix = "." + CustomerDomain.name();
        String searched = text.toLowerCase(Locale.ROOT).endsWith(suffix) && text.length() > suffix.length()
                ? text.substring(0, text.length() - suffix.length()) : text;
        String escaped = Customer.searchKey(searched).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
