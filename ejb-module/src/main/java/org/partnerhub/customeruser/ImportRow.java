package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.List;

/**
 * One line of an import file after checking: its number, what it asks for, and what is wrong
 * with it (message keys and their arguments, shown in the user's language). subscriptionIds
 * are the subscriptions whose licenses it will get.
 */
public record ImportRow(int line, String userName, String displayName, String usageLocation, boolean administrator,
        List<String> offers, List<Problem> problems, NewCustomerUser details, List<Long> subscriptionIds)
        implements Serializable {

    /** What is wrong with one field of a line. */
    public record Problem(String field, String messageKey, List<String> arguments) implements Serializable {
    }

    public String offersList() {
        return String.join(" ", offers);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
