package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.Locale;

/** What the Users list searches: user name or display name containing the text; empty for all. */
public record CustomerUserSearch(String text) implements Serializable {

    public static CustomerUserSearch all() {
        return new CustomerUserSearch("");
    }

    public CustomerUserSearch {
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /** The text as a LIKE pattern, with LIKE's own characters taken literally. */
    String pattern() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
