package org.partnerhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.partnerhub.shared.InvalidSettingException;

class CustomerDomainTest {

    @Test
    void aDomainNameIsTakenInLowerCase() {
        assertEquals("customers.contoso.com", CustomerDomain.parse(" Customers.Contoso.COM "));
        assertEquals("partnerhub.example", CustomerDomain.parse(CustomerDomain.DEFAULT));
    }

    @Test
    void anythingButADomainNameStopsTheStartWithTheSettingsName() {
        for (String wrong : new String[] {"localhost", "contoso.com/x", "-contoso.com", "contoso..com", "ad min.example",
                "@contoso.com", "a".repeat(101) + ".com"}) {
            InvalidSettingException refused = assertThrows(InvalidSettingException.class, () -> CustomerDomain.parse(wrong));
            assertTrue(refused.getMessage().contains("PARTNERHUB_CUSTOMER_DOMAIN"), refused.getMessage());
        }
    }

    @Test
    void customerUserNamesEndWithTheDomainAndPartnerUserNamesDoNot() {
        String domain = CustomerDomain.name();

        assertEquals("contoso." + domain, CustomerDomain.of("contoso"));
        assertTrue(CustomerDomain.holds("admin@contoso." + domain));
        assertFalse(CustomerDomain.holds("admin@" + domain), "a partner user at the domain itself");
        assertFalse(CustomerDomain.holds("anna@contoso.com"));
    }
}
