package org.partnerhub.partnership;

import java.io.Serializable;

/** An indirect provider in the directory resellers search, with the caller's open partnership with it, if any. */
public record ProviderDirectoryRow(long providerId, String name, String country, String contactEmail, String website,
        String offering, PartnershipStatus withMe) implements Serializable {

    public boolean mayRequest() {
        return withMe == null;
    }
}
