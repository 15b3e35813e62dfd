package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * The Customers workspace through the real pages, at a provider of the test's own: a Sales
 * agent adds a customer with the wizard in Spanish (offers named and priced in Spanish, the
 * review with line and order totals), a Global admin removes a relationship after attesting to
 * it.
 */
class CustomerBrowserIT extends BrowserTest {

    @Test
    void aSalesAgentAddsACustomerInSpanishAndSeesTheAdminPasswordOnlyOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String prefix = "es-" + tag;
        String company = "Empresa Prueba " + tag;
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        browser.signInDirectly(newUser(provider, PartnerRole.SALES_AGENT), FIXTURE_PASSWORD, "customer/customers.xhtml");
        browser.switchLanguage("ES");
        browser.click(By.id("customers:add"));

        browser.type(By.id("details:domainPrefix"), prefix);
        assertEquals("Disponible", browser.textOnceRendered(By.id("domain-available")));
        enterCustomerDetails(company, null, "lucia-en-empresa");
        browser.click(By.id("details:next"));

        assertEquals("Obligatorio.", browser.textOnceRendered(By.id("details:country-message")));
        assertEquals("Introduzca un correo como nombre@ejemplo.com.",
                browser.textOnceRendered(By.id("details:contactEmail-message")));
        browser.screenshot("new-customer-invalid-es");
        // The country by its Spanish name, found by part of it typed without the accent; the
        // form keeps the code.
        browser.choose("details:country", "espa", "España");
        assertEquals("ES", browser.chosenValue("details:country"));
        browser.type(By.id("details:contactEmail"), "lucia@" + prefix + ".example");
        // The wizard as if each step landed on another server of a cluster: what the first
        // steps entered travels with the session.
        browser.moveSession();
        browser.click(By.id("details:next"));

        // A new partner hides no offer: the order form is the whole catalog by (English) name,
        // where Microsoft 365 Business Basic is the third and Office 365 E3 the seventh (E5 comes
        // after it); E3 needs at least 5 licenses. Names, descriptions and prices are Spanish.
        assertEquals("Microsoft 365 Empresa Básico",
                browser.text(By.cssSelector("#subscriptions\\:offers tr:nth-child(3) .offer-name")));
        assertTrue(browser.text(By.cssSelector("#subscriptions\\:offers tr:nth-child(3) .offer-description"))
                .startsWith("Aplicaciones de Office para la web"));
        assertEquals("6,00 US$ por licencia, Mensual",
                spaced(browser.text(By.cssSelector("#subscriptions\\:offers tr:nth-child(3) .price"))));
        assertEquals(List.of(), browser.overflowing(), "step 2 fits its card at 1280 pixels");
        browser.type(By.id("subscriptions:offers:6:licenses"), "2");
        browser.type(By.id("subscriptions:offers:2:licenses"), "15");
        browser.click(By.id("subscriptions:next"));
        assertTrue(browser.textOnceRendered(By.id("subscriptions:offers:6:licenses-message")).startsWith("Elija entre 5 y"));
        browser.type(By.id("subscriptions:offers:6:licenses"), "10");
        browser.moveSession();
        browser.click(By.id("subscriptions:next"));

        assertEquals(company, browser.text(By.id("review-company")));
        assertEquals(prefix + ".partnerhub.example", browser.text(By.id("review-domain")));
        assertTrue(browser.text(By.id("review-address")).endsWith(" España"), browser.text(By.id("review-address")));
        assertEquals(List.of("Microsoft 365 Empresa Básico", "Office 365 E3"),
                texts(browser, By.cssSelector("#review\\:lines .offer-name")));
        assertEquals(List.of("90,00 US$", "2.760,00 US$"),
                texts(browser, By.cssSelector("#review\\:lines .line-total")).stream().map(BrowserTest::spaced).toList());
        assertEquals("2.850,00 US$", spaced(browser.text(By.cssSelector("#review\\:total .amount"))));
        assertEquals(List.of(), browser.overflowing(), "the review fits at 1280 pixels");
        browser.screenshot("new-customer-review-es");
        browser.click(By.id("review:submit"));

        assertEquals("admin@" + prefix + ".partnerhub.example", browser.text(By.id("admin-user")));
        assertEquals("2.850,00 US$", spaced(browser.text(By.cssSelector("#confirmation\\:total .amount"))),
                "the confirmation repeats what was ordered");
        String password = browser.text(By.id("admin-password"));
        assertEquals(16, password.length());
        assertTrue(browser.text(By.id("created-message")).contains(company));
        browser.screenshot("new-customer-confirmation-es");

        browser.go("customer/new-customer.xhtml");
        browser.waitFor(By.id("details:domainPrefix"));
        assertFalse(browser.driver.getPageSource().contains(password), "the password is never shown again");

        browser.go("customer/customers.xhtml");
        // The search's answer, before a row is expanded: a new partner's list already shows its
        // one customer, and the answer arriving after the expansion would draw the table anew.
        browser.typeAndAwaitAnswer(By.id("customers:search"), tag);
        assertEquals(company, browser.textOnceRendered(By.cssSelector("#customers\\:table .company")));
        assertEquals("España", browser.text(By.cssSelector("#customers\\:table .country")), "the list shows the country by name");
        browser.expandRow(By.cssSelector("#customers\\:table .ui-row-toggler"),
                By.cssSelector("#customers\\:table .summary"));
        String expanded = browser.textOnceRendered(By.cssSelector("#customers\\:table .summary"));
        assertTrue(expanded.contains("Office 365 E3"), expanded);
        assertTrue(expanded.contains("admin@" + prefix + ".partnerhub.example"), expanded);
        browser.screenshot("customer-list-expanded-es");
        // Nothing in the expanded row is cut off at 1280 pixels: its tables fit without scrolling.
        assertEquals(List.of(), browser.overflowing());
        assertTrue(browser.text(By.cssSelector("#customers\\:table .ui-paginator-current")).endsWith("1 cliente"),
                "the total says what it counts");
        // A search answered while the row is open draws the row open again, with its summary.
        browser.typeAndAwaitAnswer(By.id("customers:search"), prefix);
        String stillOpen = browser.textOnceRendered(By.cssSelector("#customers\\:table .summary"));
        assertTrue(stillOpen.contains("Office 365 E3"), stillOpen);

        // Add subscriptions from the row opens the account with the order dialog ready.
        browser.click(By.id("customers:table:0:add-subscriptions"));
        browser.waitFor(By.id("order:submit"));
        assertEquals(company, browser.text(By.cssSelector("h1")));
    }

    @Test
    void aGlobalAdminRemovesARelationshipOnlyAfterAttestingAndTheCustomerLeavesTheList() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String free = "Removable " + tag;
        String blocked = "Blocked " + tag;
        long freeId = customerOf(provider.mpnId(), free, null);
        long blockedId = customerOf(provider.mpnId(), blocked, 4L);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + blockedId);
        browser.switchLanguage("EN");
        browser.openDialog(By.id("account:tabs:remove"), "removeDialog");
        assertTrue(browser.text(By.id("blockers")).contains("Office 365 E3"));
        assertFalse(browser.driver.findElement(By.id("removal:confirm")).isEnabled(), "blocked while subscribed");

        browser.go("customer/account.xhtml?customer=" + freeId);
        browser.openDialog(By.id("account:tabs:remove"), "removeDialog");
        assertEquals("Delegated admin privileges stay exactly as they are: Granted to you.",
                browser.text(By.id("removal:delegated-admin-note")));
        browser.type(By.id("removal:reason"), "Customer moved to another partner");
        browser.click(By.id("removal:confirm"));
        assertEquals("Confirm the statement to go on.", browser.textOnceRendered(By.id("removal:attested-message")));

        browser.click(By.cssSelector("#removal\\:attested .ui-chkbox-box"));
        browser.click(By.id("removal:confirm"));
        assertTrue(browser.textOnceRendered(By.id("messages")).contains("The relationship with " + free + " was removed"));
        browser.type(By.id("customers:search"), tag);
        browser.waitUntilText(By.id("customers:table"), blocked);
        assertFalse(browser.text(By.id("customers:table")).contains(free), "the removed customer left the list");
        browser.screenshot("relationship-removed-en");
    }

    @Test
    void aDoubleClickedSubmitCreatesTheCustomerOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Twice Clicked " + tag;
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        browser.signInDirectly(newUser(provider, PartnerRole.SALES_AGENT), FIXTURE_PASSWORD, "customer/new-customer.xhtml");
        browser.switchLanguage("EN");
        browser.type(By.id("details:domainPrefix"), "twice-" + tag);
        enterCustomerDetails(company, "United States", "it@twice-" + tag + ".example");
        browser.click(By.id("details:next"));
        browser.type(By.id("subscriptions:offers:1:licenses"), "3");
        browser.click(By.id("subscriptions:next"));

        browser.doubleClick(By.id("review:submit"));

        assertEquals("admin@twice-" + tag + ".partnerhub.example", browser.text(By.id("admin-user")));
        assertFalse(browser.isPresent(By.cssSelector(".ui-messages-error")), "no refusal for the second click");
        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        assertEquals(List.of(company), browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag));
    }
}
