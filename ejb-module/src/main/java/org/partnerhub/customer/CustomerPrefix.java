package org.partnerhub.customer;

import java.io.Serializable;
import org.partnerhub.account.Customer;

/** What a customer's company name or domain prefix starts with, in any case: the API's customer filter. */
public record CustomerPrefix(Field field, String text) implements Serializable {

    public enum Field {
        COMPANY_NAME,
        DOMAIN
    }

    /** The LIKE pattern: the text in lower case, its wildcards taken literally, then anything. */
    String likePattern() {
        return Customer.searchKey(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
