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

    /**
     * What is wrong with one field of a line. The arguments are texts, numbers as text, or an
     * offer's name in every language (the page picks its own).
     */
    public record Problem(String field, String messageKey, List<Serializable> arguments) implements Serializable {
    }

    public String offersList() {
        return String.join(" ", offers);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
