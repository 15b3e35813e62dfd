package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.Locale;
import org.partnerhub.shared.TranslatedText;

/** One of the customer's active subscriptions as a user's licenses dialog shows it, its offer named in every language. */
public record LicenseUse(long subscriptionId, TranslatedText offerNames, int licenses, int assigned, boolean held)
        implements Serializable {

    public String offerName(Locale locale) {
        return offerNames.in(locale);
    }

    public boolean isFree() {
        return assigned < licenses;
    }
}
