package org.partnerhub.subscription;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnerhub.shared.TranslatedText;

/**
 * An offer as the pages show it: name, description and the names of the offers it upgrades to
 * in every language (a page asks for its own, {@link #name(Locale)}); the API reads the English
 * ones.
 */
public record OfferRow(long id, TranslatedText names, TranslatedText descriptions, BillingCycle billingCycle,
        BigDecimal pricePerLicense, String currency, int minLicenses, int maxLicenses, boolean selfService,
        List<TranslatedText> upgradesTo, String code) implements Serializable {

    public String name(Locale locale) {
        return names.in(locale);
    }

    public String description(Locale locale) {
        return descriptions.in(locale);
    }

    /** The upgrade targets' names in this language, for a list cell. */
    public String upgradesList(Locale locale) {
        return upgradesTo.stream().map(target -> target.in(locale)).sorted().collect(Collectors.joining(", "));
    }

    /** The price of one license for one billing cycle. */
    public Money price() {
        return new Money(pricePerLicense, currency);
    }

    public boolean allows(int licenses) {
        return licenses >= minLicenses && licenses <= maxLicenses;
    }
}
