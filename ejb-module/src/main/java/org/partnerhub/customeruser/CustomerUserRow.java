package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.List;

/** A customer user as lists show it: never with a password or its hash; licenses are offer names. */
public record CustomerUserRow(long id, long version, String userName, String displayName, boolean administrator,
        String firstName, String lastName, String contactEmail, String usageLocation, boolean blocked,
        List<String> licenses) implements Serializable {

    /** The offers whose licenses the user holds, for a list cell. */
    public String licensesList() {
        return String.join(", ", licenses);
    }

    CustomerUserRow withLicenses(List<String> offerNames) {
        return new CustomerUserRow(id, version, userName, displayName, administrator, firstName, lastName, contactEmail,
                usageLocation, blocked, offerNames);
    }
}
