package org.partnerhub.referral;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a file of leads after checking: its number (the header is line 1), the lead it
 * describes, and what is wrong with it. {@link #details()} is the lead as it will be written.
 */
public record ReferralImportLine(int line, String companyName, String contactName, String contactEmail, String country,
        String offerCode, List<Problem> problems, NewReferral details) implements Serializable {

    /**
     * What is wrong with one column of the line: a message key and its arguments (texts, or
     * numbers the page writes in the user's format), shown in the user's language.
     */
    public record Problem(String column, String messageKey, List<Serializable> arguments) implements Serializable {
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
