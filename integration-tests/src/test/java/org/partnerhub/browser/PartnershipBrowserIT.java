package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A provider asks a reseller for a partnership, the reseller accepts through the link, the
 * provider adds a customer on the reseller's behalf and the reseller sees it; each side in its
 * own browser session, the provider in English, the reseller in Portuguese.
 */
class PartnershipBrowserIT extends BrowserTest {

    @Test
    void aProviderSendsALinkAndTheResellerAcceptsItOnce() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "partnership/indirect-resellers.xhtml");
        browser.switchLanguage("EN");
        browser.click(By.id("request"));

        browser.type(By.id("request:email"), "partners@reseller.example");
        browser.type(By.id("request:mpnId"), "12345");
        browser.click(By.id("request:create"));
        assertEquals("An MPN ID has 6 to 10 digits and nothing else.", browser.textOnceRendered(By.id("request:mpnId-message")));
        browser.type(By.id("request:mpnId"), reseller.mpnId());
        browser.click(By.id("request:create"));

        assertEquals(reseller.name() + " <partners@reseller.example>", browser.text(By.id("draft-to")));
        String link = browser.driver.findElement(By.id("draft")).getAttribute("data-link");
        assertTrue(link.contains("/partnership/accept.xhtml?token="), link);
        assertTrue(browser.driver.findElement(By.id("draft:body")).getAttribute("value").contains(link));
        browser.type(By.id("draft:body"), "Please accept our request.");
        browser.click(By.id("draft:copy"));
        assertTrue(browser.text(By.id("link-missing")).startsWith("Keep the link in the message"));
        browser.type(By.id("draft:body"), "Please accept: " + link);
        browser.click(By.id("draft:copy"));
        browser.waitFor(By.id("copied"));
        assertFalse(browser.driver.findElement(By.id("link-missing")).isDisplayed());
        browser.screenshot("partnership-request-draft-en");
        browser.click(By.id("draft:done"));
        assertEquals("Sent by you", browser.text(By.cssSelector("#partnerships\\:requests .direction")));

        // The reseller opens the link from the email before signing in, through the form: the
        // link's token has to outlast the detour through the login page.
        Browser resellerSide = otherBrowser();
        resellerSide.driver.get(link);
        resellerSide.type(By.id("login:email"), reseller.adminEmail());
        resellerSide.type(By.id("login:password"), FIXTURE_PASSWORD);
        resellerSide.click(By.id("login:signIn"));
        resellerSide.waitFor(By.id("invitation-text"));
        resellerSide.switchLanguage("PT_BR");
        assertEquals(provider.name() + " convida " + reseller.name() + " a se tornar seu revendedor indireto.",
                resellerSide.text(By.id("invitation-text")));
        assertEquals("Brasil", resellerSide.text(By.id("provider-country")), "the provider's country by name");
        resellerSide.screenshot("partnership-invitation-pt-BR");
        assertTrue(resellerSide.isPresent(By.cssSelector("li.current #menu-INDIRECT_PROVIDERS")),
                "the menu shows where the page belongs");
        resellerSide.click(By.id("invitation:accept"));
        resellerSide.confirm();

        assertEquals("Você e " + provider.name() + " agora são parceiros.", resellerSide.textOnceRendered(By.id("messages")));
        assertEquals(provider.name(), resellerSide.text(By.cssSelector("#partnerships\\:partners .partner-name")));

        resellerSide.driver.get(link);
        assertEquals("Esta solicitação já foi respondida.", resellerSide.textOnceRendered(By.id("messages")));
        assertFalse(resellerSide.isPresent(By.id("invitation:accept")));

        browser.go("partnership/indirect-resellers.xhtml");
        assertEquals(reseller.name(), browser.text(By.cssSelector("#partnerships\\:partners .partner-name")));
        assertEquals("0", browser.text(By.cssSelector("#partnerships\\:partners .customer-count")));
        assertEquals("No pending requests.", browser.text(By.cssSelector("#partnerships\\:requests .ui-datatable-empty-message")));

        // The provider adds a customer on the reseller's behalf; the reseller finds it in its list.
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "On Behalf " + tag;
        browser.click(By.id("partnerships:partners:0:add-customer"));
        assertEquals(reseller.name() + " (" + reseller.mpnId() + ")", browser.text(By.id("details:indirectReseller_label")));
        browser.type(By.id("details:domainPrefix"), "behalf-" + tag);
        enterCustomerDetails(company, "United States", "it@behalf-" + tag + ".example");
        browser.click(By.id("details:next"));
        browser.type(By.id("subscriptions:offers:1:licenses"), "3");
        browser.click(By.id("subscriptions:next"));
        assertEquals(reseller.name() + " (" + reseller.mpnId() + ")", browser.text(By.id("review-reseller")));
        browser.click(By.id("review:submit"));
        browser.waitFor(By.id("admin-user"));
        browser.go("partnership/indirect-resellers.xhtml");
        assertEquals("1", browser.text(By.cssSelector("#partnerships\\:partners .customer-count")));
        assertEquals("1", browser.text(By.cssSelector("#partnerships\\:partners .subscription-count")));
        browser.click(By.id("partnerships:partners:0:view-customers"));
        assertEquals(List.of(company), browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag));

        Browser resellerAgain = otherBrowser();
        resellerAgain.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "customer/customers.xhtml");
        resellerAgain.waitUntilText(By.id("customers:table"), company);
        resellerAgain.screenshot("customer-for-reseller-en");
    }

    @Test
    void aResellerFindsAProviderInTheDirectoryAndTheProviderAccepts() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        String providerTag = provider.name().substring(provider.name().lastIndexOf(' ') + 1);
        browser.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "partnership/indirect-providers.xhtml");
        browser.switchLanguage("ES");
        assertEquals("Aún no hay proveedores indirectos. Busque uno abajo y solicite una asociación.",
                browser.text(By.cssSelector("#partnerships\\:partners .ui-datatable-empty-message")));
        browser.type(By.id("directory:search"), providerTag);
        assertEquals(List.of(provider.name()),
                browser.textsOnceAllContain(By.cssSelector("#directory\\:providers .partner-name"), providerTag));
        assertEquals("Brasil", browser.text(By.cssSelector("#directory\\:providers .country")), "its country by name");
        browser.click(By.id("directory:providers:0:ask"));
        assertEquals("Su solicitud se envió a " + provider.name() + ". Aparece entre sus solicitudes recibidas.",
                browser.textOnceRendered(By.id("messages")));
        assertEquals("Enviada por usted", browser.text(By.cssSelector("#partnerships\\:requests .direction")));
        browser.screenshot("provider-directory-es");

        Browser providerSide = otherBrowser();
        providerSide.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "partnership/indirect-resellers.xhtml");
        providerSide.switchLanguage("EN");
        assertEquals("1", providerSide.text(By.id("bell-count")), "the bell tells the provider of the request");
        assertEquals("Received", providerSide.text(By.cssSelector("#partnerships\\:requests .direction")));
        assertFalse(providerSide.isPresent(By.id("partnerships:requests:0:resend")), "a reseller's request has no link");
        providerSide.click(By.id("partnerships:requests:0:accept"));
        providerSide.confirm();
        assertEquals("You and " + reseller.name() + " are now partners.", providerSide.textOnceRendered(By.id("messages")));
        assertEquals(reseller.name(), providerSide.text(By.cssSelector("#partnerships\\:partners .partner-name")));
        // Marking all read empties the bell on the page itself, in the answer that says so.
        providerSide.click(By.id("bell-link"));
        assertEquals("1", providerSide.text(By.id("bell-count")));
        providerSide.click(By.id("notifications:mark-all-read"));
        assertEquals("1 notification marked read.", providerSide.textOnceRendered(By.id("messages")));
        assertFalse(providerSide.isPresent(By.id("bell-count")), "the bell was drawn again with nothing unread");

        // The reseller's bell tells it of the answer; opening it leads to its providers, and it is read.
        browser.go("index.xhtml");
        assertEquals("1", browser.text(By.id("bell-count")));
        browser.click(By.id("bell-link"));
        assertEquals("Solicitud de asociación aceptada", browser.text(By.id("notifications:table:0:open")));
        browser.click(By.id("notifications:table:0:open"));
        browser.waitFor(By.id("directory:search"));
        assertFalse(browser.isPresent(By.id("bell-count")), "read once opened");
        browser.go("partnership/indirect-providers.xhtml");
        assertEquals(provider.name(), browser.text(By.cssSelector("#partnerships\\:partners .partner-name")));
        browser.type(By.id("directory:search"), providerTag);
        assertEquals(List.of(provider.name()),
                browser.textsOnceAllContain(By.cssSelector("#directory\\:providers .partner-name"), providerTag));
        assertEquals("Socio", browser.text(By.cssSelector("#directory\\:providers .partnership-status")));
        assertFalse(browser.isPresent(By.id("directory:providers:0:ask")), "a partner is not asked again");
        browser.openDialog(By.id("partnerships:partners:0:end"), "endDialog");
        browser.type(By.id("end:reason"), "Cambio de proveedor");
        browser.click(By.id("end:confirm"));
        assertEquals("La asociación con " + provider.name() + " ha terminado.", browser.textOnceRendered(By.id("messages")));
        browser.waitFor(By.cssSelector("#partnerships\\:partners .ui-datatable-empty-message"));

        // The directory knows at once that the provider is no longer a partner: ask again.
        browser.click(By.id("directory:providers:0:ask"));
        assertEquals("Su solicitud se envió a " + provider.name() + ". Aparece entre sus solicitudes recibidas.",
                browser.textOnceRendered(By.id("messages")));
        // The provider declines, saying why; the reseller reads it where its requests are.
        providerSide.go("partnership/indirect-resellers.xhtml");
        providerSide.openDialog(By.id("partnerships:requests:0:decline"), "declineDialog");
        assertTrue(providerSide.text(By.id("decline-text")).startsWith("Declining the request of " + reseller.name()));
        providerSide.type(By.id("decline:reason"), "We only take resellers in Brazil.");
        providerSide.click(By.id("decline:confirm"));
        assertEquals("You declined the request of " + reseller.name() + ".", providerSide.textOnceRendered(By.id("messages")));
        browser.go("partnership/indirect-providers.xhtml");
        assertTrue(browser.text(By.cssSelector("#partnerships\\:requests .declined")).startsWith("Rechazada el "));
        assertEquals("We only take resellers in Brazil.",
                browser.text(By.cssSelector("#partnerships\\:requests .decline-reason")));
        assertFalse(browser.isPresent(By.id("partnerships:requests:0:revoke")), "nothing left to withdraw");
    }
}
