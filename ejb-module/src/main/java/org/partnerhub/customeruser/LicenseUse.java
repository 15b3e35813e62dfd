package org.partnerhub.customeruser;

import java.io.Serializable;

/** One of the customer's active subscriptions as a user's licenses dialog shows it. */
public record LicenseUse(long subscriptionId, String offerName, int licenses, int assigned, boolean held)
        implements Serializable {

    public boolean isFree() {
        return assigned < licenses;
    }
}
