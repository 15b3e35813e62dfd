package org.partnerhub;

import org.partnerhub.account.Customer;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.Language;

/** Entities the unit tests build without a database: a partner and a customer with valid details. */
public final class TestEntities {

    private TestEntities() {
    }

    public static Partner partner(PartnerType type) {
        ProfileChange profile = new ProfileChange();
        profile.setName("Contoso");
        profile.setMpnId("1234567");
        profile.setCountry("US");
        profile.setContactEmail("p@contoso.example");
        profile.setDefaultLanguage(Language.EN);
        return new Partner(type, profile);
    }

    public static Customer customer() {
        NewCustomer details = new NewCustomer();
        details.setDomainPrefix("fourthcoffee");
        var account = details.getAccount();
        account.setCompanyName("Fourth Coffee");
        account.setAddressLine1("1 Main Street");
        account.setCity("Seattle");
        account.setCountry("US");
        account.setContactFirstName("Ana");
        account.setContactLastName("Lima");
        account.setContactEmail("ana@fourthcoffee.example");
        account.setLanguage(Language.EN);
        return new Customer(details);
    }
}
