package org.partnerhub.subscription;

import java.io.Serializable;
import java.math.BigDecimal;

/** An offer as the pages show it. */
public record OfferRow(long id, String name, String description, BillingCycle billingCycle,
        BigDecimal pricePerLicense, String currency, int minLicenses, int maxLicenses) implements Serializable {

    public boolean allows(int licenses) {
        return licenses >= minLicenses && licenses <= maxLicenses;
    }
}
