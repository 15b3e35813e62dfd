package org.partnerhub.web.api.v1;

import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.shared.Language;
import org.partnerhub.web.api.JsonBody;

/**
 * Partner Center's create-customer body as Partner Hub's {@link NewCustomer}: the domain from
 * {@code companyProfile.domain} (its prefix), the company, contact and address from
 * {@code billingProfile}. Checked here with the same constraints the service checks, so that a
 * refusal names the API's field, not the service's.
 */
final class NewCustomerJson {

    /** The service's property paths and the API fields they come from. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("domainPrefix", "companyProfile.domain"),
            Map.entry("account.companyName", "billingProfile.companyName"),
            Map.entry("account.addressLine1", "billingProfile.defaultAddress.addressLine1"),
            Map.entry("account.addressLine2", "billingProfile.defaultAddress.addressLine2"),
            Map.entry("account.city", "billingProfile.defaultAddress.city"),
            Map.entry("account.region", "billingProfile.defaultAddress.state"),
            Map.entry("account.postalCode", "billingProfile.defaultAddress.postalCode"),
            Map.entry("account.country", "billingProfile.defaultAddress.country"),
            Map.entry("account.contactFirstName", "billingProfile.firstName"),
            Map.entry("account.contactLastName", "billingProfile.lastName"),
            Map.entry("account.contactEmail", "billingProfile.email"),
            Map.entry("account.contactPhone", "billingProfile.defaultAddress.phoneNumber"),
            Map.entry("account.language", "billingProfile.language"));

    private NewCustomerJson() {
    }

    static NewCustomer read(JsonBody body, Validator validator) {
        NewCustomer details = new NewCustomer();
        String domain = body.string("companyProfile.domain");
        details.setDomainPrefix(domain == null ? null : CustomerFilter.domainPrefix(domain));
        AccountInfo info = details.getAccount();
        info.setCompanyName(first(body.string("billingProfile.companyName"), body.string("companyProfile.companyName")));
        info.setContactFirstName(first(body.string("billingProfile.firstName"),
                body.string("billingProfile.defaultAddress.firstName")));
        info.setContactLastName(first(body.string("billingProfile.lastName"),
                body.string("billingProfile.defaultAddress.lastName")));
        info.setContactEmail(first(body.string("billingProfile.email"), body.string("companyProfile.email")));
        info.setAddressLine1(body.string("billingProfile.defaultAddress.addressLine1"));
        info.setAddressLine2(body.string("billingProfile.defaultAddress.addressLine2"));
        info.setCity(body.string("billingProfile.defaultAddress.city"));
        info.setRegion(first(body.string("billingProfile.defaultAddress.state"),
                body.string("billingProfile.defaultAddress.region")));
        info.setPostalCode(body.string("billingProfile.defaultAddress.postalCode"));
        String country = body.string("billingProfile.defaultAddress.country");
        info.setCountry(country == null ? null : country.trim().toUpperCase(Locale.ROOT));
        info.setContactPhone(body.string("billingProfile.defaultAddress.phoneNumber"));
        String culture = first(body.string("billingProfile.culture"), body.string("billingProfile.language"));
        info.setLanguage(Language.fromTag(culture));
        return BodyValidation.check(validator, details, FIELDS, "INVALID_CUSTOMER", "customer");
    }

    private static String first(String one, String other) {
        return one != null && !one.isBlank() ? one : other;
    }
}
