package org.partnerhub.customer;

import java.io.Serializable;

/**
 * What the customer list shows: customers whose company name or domain contains {@code text}
 * (any case; blank for all), in the given order.
 */
public record CustomerSearch(String text, CustomerSort sort, boolean ascending) implements Serializable {

    public CustomerSearch {
        text = text == null ? "" : text.trim();
        sort = sort == null ? CustomerSort.NAME : sort;
    }

    public static CustomerSearch all() {
        return new CustomerSearch("", CustomerSort.NAME, true);
    }

    /** The LIKE pattern: the search text in lower case, its wildcards taken literally. */
    String likePattern() {
        String escaped = Customer.searchKey(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
