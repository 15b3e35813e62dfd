package org.partnerhub.subscription;

import java.math.BigDecimal;
import java.util.List;
import org.partnerhub.shared.TranslatedText;

/**
 * One offer as the catalog file describes it, its name and description in every language the
 * file translates them to; {@link CatalogFile} checked every field.
 */
public record CatalogLine(String code, TranslatedText name, TranslatedText description, BillingCycle billingCycle,
        BigDecimal pricePerLicense, String currency, int minLicenses, int maxLicenses, boolean selfService,
        List<String> upgradesTo) {
}
