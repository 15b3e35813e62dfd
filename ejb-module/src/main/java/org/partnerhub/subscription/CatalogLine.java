package org.partnerhub.subscription;

import java.math.BigDecimal;
import java.util.List;

/** One offer as the catalog file describes it; {@link CatalogFile} checked every field. */
public record CatalogLine(String code, String name, String description, BillingCycle billingCycle,
        BigDecimal pricePerLicense, String currency, int minLicenses, int maxLicenses, boolean selfService,
        List<String> upgradesTo) {
}
