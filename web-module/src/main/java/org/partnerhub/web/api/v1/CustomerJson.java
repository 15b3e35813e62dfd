package org.partnerhub.web.api.v1;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.customer.CustomerAccount;
import org.partnerhub.customer.NewCustomerCredentials;
import org.partnerhub.web.api.JsonFactory;

/**
 * A customer in Partner Center's shape: {@code Customer} with its {@code CustomerCompanyProfile}
 * and {@code CustomerBillingProfile}. Ids are strings; a field without a value is left out.
 */
final class CustomerJson {

    private CustomerJson() {
    }

    static JsonObject of(CustomerAccount account) {
        AccountInfo info = account.info();
        String id = String.valueOf(account.id());
        JsonObjectBuilder address = JsonFactory.object();
        put(address, "country", info.getCountry());
        put(address, "region", info.getRegion());
        put(address, "city", info.getCity());
        put(address, "state", info.getRegion());
        put(address, "addressLine1", info.getAddressLine1());
        put(address, "addressLine2", info.getAddressLine2());
        put(address, "postalCode", info.getPostalCode());
        put(address, "firstName", info.getContactFirstName());
        put(address, "lastName", info.getContactLastName());
        put(address, "phoneNumber", info.getContactPhone());
        JsonObjectBuilder company = JsonFactory.object()
                .add("tenantId", id)
                .add("domain", account.domain())
                .add("companyName", info.getCompanyName());
        put(company, "email", info.getContactEmail());
        company.add("links", Links.self("customers/" + id + "/profiles/company"))
                .add("attributes", Links.type("CustomerCompanyProfile"));
        JsonObjectBuilder billing = JsonFactory.object().add("id", id);
        put(billing, "firstName", info.getContactFirstName());
        put(billing, "lastName", info.getContactLastName());
        put(billing, "email", info.getContactEmail());
        billing.add("culture", info.getLanguage().locale().toLanguageTag())
                .add("language", info.getLanguage().locale().getLanguage())
                .add("companyName", info.getCompanyName())
                .add("defaultAddress", address)
                .add("links", Links.self("customers/" + id + "/profiles/billing"))
                .add("attributes", Links.type("CustomerBillingProfile"));
        return JsonFactory.object()
                .add("id", id)
                .add("commerceId", id)
                .add("companyProfile", company)
                .add("billingProfile", billing)
                .add("relationshipToPartner", "reseller")
                .add("allowDelegatedAccess", account.delegatedAdmin())
                .add("links", Links.self("customers/" + id))
                .add("attributes", Links.type("Customer"))
                .build();
    }

    /**
     * A customer just created, with its first admin's credentials: Partner Center returns them
     * only here. The domain is echoed as the caller sent it (an {@code onmicrosoft.com} one, say);
     * every later answer shows the domain Partner Hub gave the customer.
     */
    static JsonObject created(CustomerAccount account, NewCustomerCredentials credentials, String sentDomain) {
        JsonObject customer = of(account);
        JsonObject company = customer.getJsonObject("companyProfile");
        return JsonFactory.object(customer)
                .add("companyProfile", JsonFactory.object(company).add("domain",
                        sentDomain == null || sentDomain.isBlank() ? company.getString("domain") : sentDomain.trim()))
                .add("userCredentials", JsonFactory.object()
                        .add("userName", credentials.adminUserName())
                        .add("password", credentials.temporaryPassword().value()))
                .build();
    }

    private static void put(JsonObjectBuilder object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value);
        }
    }
}
