package org.partnerhub.subscription;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An offer as the pages show it. */
public record OfferRow(long id, String name, String description, BillingCycle billingCycle,
        BigDecimal pricePerLicense, String currency, int minLicenses, int maxLicenses, boolean selfService,
        List<String> upgradesTo, String code) implements Serializable {

    /** The upgrade targets' names, for a list cell. */
    public String upgradesList() {
        return String.join(", ", upgradesTo);
    }

    public boolean allows(int licenses) {
        return licenses >= minLicenses && licenses <= maxLicenses;
    }
}
