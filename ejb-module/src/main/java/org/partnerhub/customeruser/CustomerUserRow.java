package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnerhub.shared.TranslatedText;

/**
 * A customer user as lists show it: never with a password or its hash; licenses are the names
 * of the offers whose licenses the user holds, in every language.
 */
public record CustomerUserRow(long id, long version, String userName, String displayName, boolean administrator,
        String firstName, String lastName, String contactEmail, String usageLocation, boolean blocked,
        List<TranslatedText> licenses) implements Serializable {

    /** The offers whose licenses the user holds, in this language, for a list cell. */
    public String licensesList(Locale locale) {
        return licenses.stream().map(offer -> offer.in(locale)).collect(Collectors.joining(", "));
    }

    CustomerUserRow withLicenses(List<TranslatedText> offerNames) {
        return new CustomerUserRow(id, version, userName, displayName, administrator, firstName, lastName, contactEmail,
                usageLocation, blocked, offerNames);
    }
}
