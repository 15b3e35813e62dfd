package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerhub.partner.PartnerType;

/**
 * A reseller invites a customer jointly with its provider; the customer, in its own browser,
 * opens the link, reads it in Spanish and accepts as a new customer; both partners then serve it.
 */
class InvitationBrowserIT extends BrowserTest {

    private static final String CONTOSO = "Contoso Distribution";
    private static final String FABRIKAM = "Fabrikam Solutions";

    @Test
    void aFabrikamAdminInvitesJointlyInPortugueseAndANewCustomerAcceptsInSpanish() throws Exception {
        browser.signIn("elena@fabrikam.example", DEMO_PASSWORD);
        browser.switchLanguage("PT_BR");
        browser.go("partnership/indirect-providers.xhtml");
        List<WebElement> providers = browser.driver.findElements(By.cssSelector("#partnerships\\:partners .partner-name"));
        int contosoRow = providers.stream().map(WebElement::getText).toList().indexOf(CONTOSO);
        assertTrue(contosoRow >= 0, "Fabrikam's providers include Contoso");
        browser.click(By.id("partnerships:partners:" + contosoRow + ":invite-jointly"));

        assertTrue(browser.text(By.id("invite:jointProvider_label")).startsWith(CONTOSO));
        assertEquals("Português (Brasil)", browser.text(By.id("invite:language_label")));
        browser.type(By.id("invite:to"), "not an email");
        browser.click(By.id("invite:create"));
        browser.textOnceRendered(By.id("invite:to-message"));
        browser.type(By.id("invite:to"), "compras@nueva.example");
        browser.click(By.id("invite:create"));

        String link = browser.waitFor(By.id("draft")).getAttribute("data-link");
        assertTrue(link.matches(".*/partnerhub/accept/[A-Za-z0-9_-]{43}"), link);
        assertEquals(FABRIKAM + " e " + CONTOSO + " convidam você a aceitá-los como revendedores",
                browser.driver.findElement(By.id("draft:subject")).getAttribute("value"));
        String body = browser.driver.findElement(By.id("draft:body")).getAttribute("value");
        assertTrue(body.contains(link) && body.contains("junto com seu provedor indireto " + CONTOSO), body);
        browser.type(By.id("draft:body"), "Sem link");
        browser.click(By.id("draft:copy"));
        assertTrue(browser.text(By.id("link-missing")).startsWith("Mantenha o link na mensagem"));
        browser.type(By.id("draft:body"), body);
        browser.click(By.id("draft:copy"));
        browser.waitFor(By.id("copied"));
        browser.screenshot("invitation-draft-pt-BR");
        browser.click(By.id("draft:done"));
        assertEquals("Pendente", browser.text(By.cssSelector("#invitations\\:table .status")));

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Nueva Compañía " + tag;
        String prefix = "nueva-" + tag;
        try (Browser customer = Browser.open(base)) {
            customer.driver.get(link);
            assertEquals(FABRIKAM + " (MPN ID 2000001) convida sua organização a aceitá-lo como revendedor, junto com"
                    + " seu provedor indireto " + CONTOSO + " (MPN ID 1000001).", customer.text(By.id("invitation-text")));
            customer.switchLanguage("ES");
            assertTrue(customer.text(By.id("meaning")).contains("privilegios de administrador delegado"));
            customer.click(By.cssSelector("#ways\\:way .ui-button:nth-child(2)"));
            customer.type(By.id("ways:domainPrefix"), prefix);
            enterCustomerDetails(customer, "ways", company, "ES", "compras@" + prefix + ".example");
            customer.type(By.id("ways:newPassword"), "corta");
            customer.type(By.id("ways:newPasswordAgain"), "corta");
            customer.click(By.id("ways:acceptNew"));
            assertEquals("La contraseña debe tener de 12 a 128 caracteres.",
                    customer.textOnceRendered(By.id("ways:newPassword-message")));
            customer.screenshot("invitation-accept-es");
            customer.type(By.id("ways:newPassword"), "Una-Clave-Larga-2026");
            customer.type(By.id("ways:newPasswordAgain"), "Una-Clave-Larga-2026");
            customer.click(By.id("ways:acceptNew"));
            assertEquals("Listo: " + FABRIKAM + " y " + CONTOSO + " son ahora sus revendedores.",
                    customer.text(By.cssSelector("#accepted p")));
            assertTrue(customer.text(By.id("accepted")).contains("admin@" + prefix + ".partnerhub.example"));

            // The link worked once.
            customer.driver.get(link);
            assertEquals("Esta invitación ya fue respondida.", customer.textOnceRendered(By.id("messages")));
            assertFalse(customer.isPresent(By.id("ways")));

            // The new customer's admin signs in to its area and finds both partners.
            customer.signIn("admin@" + prefix + ".partnerhub.example", "Una-Clave-Larga-2026");
            assertEquals(List.of(CONTOSO, FABRIKAM), customer.driver.findElements(
                    By.cssSelector("#myPartners\\:partners .partner-name")).stream().map(WebElement::getText).sorted().toList());
            customer.screenshot("customer-area-my-partners-es");
        }

        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        assertEquals(List.of(company), browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag));
        try (Browser contoso = Browser.open(base)) {
            contoso.signIn("ana@contoso.example", DEMO_PASSWORD);
            contoso.go("customer/customers.xhtml");
            contoso.type(By.id("customers:search"), tag);
            assertEquals(List.of(company), contoso.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag));
        }
        browser.go("relationship/invitations.xhtml");
        assertEquals("Aceito", browser.text(By.cssSelector("#invitations\\:table .status")));
        assertEquals(company, browser.text(By.cssSelector("#invitations\\:table .customer")));
    }

    @Test
    void aRemovedCustomerAcceptsAgainInItsAreaAndTheHistoryShowsBothPeriods() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        browser.signIn(partner.adminEmail(), FIXTURE_PASSWORD);
        browser.switchLanguage("EN");
        browser.go("customer/customers.xhtml");
        browser.click(By.id("customers:invite"));
        browser.click(By.id("invite:create"));
        String first = browser.waitFor(By.id("draft")).getAttribute("data-link");

        // Resend: a new link, and the first one stops working.
        browser.click(By.id("draft:done"));
        browser.click(By.id("invitations:table:0:resend"));
        String link = browser.waitFor(By.id("draft")).getAttribute("data-link");
        assertFalse(link.equals(first));

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Returning " + tag;
        String admin = "admin@back-" + tag + ".partnerhub.example";
        try (Browser customer = Browser.open(base)) {
            customer.driver.get(first);
            customer.switchLanguage("EN");
            assertTrue(customer.textOnceRendered(By.id("messages")).startsWith("This link is not valid"));
            customer.driver.get(link);
            customer.click(By.cssSelector("#ways\\:way .ui-button:nth-child(2)"));
            customer.type(By.id("ways:domainPrefix"), "back-" + tag);
            enterCustomerDetails(customer, "ways", company, "US", "it@back-" + tag + ".example");
            customer.type(By.id("ways:newPassword"), "Returning-Admin-2026");
            customer.type(By.id("ways:newPasswordAgain"), "Returning-Admin-2026");
            customer.click(By.id("ways:acceptNew"));
            customer.waitFor(By.id("accepted"));
        }

        // The partner removes the relationship, then invites the former customer back.
        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag);
        browser.click(By.id("customers:table:0:open"));
        browser.click(By.id("account:tabs:remove"));
        browser.type(By.id("removal:reason"), "=Paused for a year");
        browser.click(By.cssSelector("#removal\\:attested .ui-chkbox-box"));
        browser.click(By.id("removal:confirm"));
        browser.textOnceRendered(By.id("messages"));
        browser.go("relationship/invitations.xhtml");
        assertEquals(company, browser.text(By.cssSelector("#invitations\\:former .company")));
        browser.click(By.id("invitations:former:0:reinvite"));
        assertTrue(browser.text(By.id("former-customer")).contains(company));
        browser.click(By.id("invite:create"));
        String back = browser.waitFor(By.id("draft")).getAttribute("data-link");

        try (Browser customer = Browser.open(base)) {
            customer.driver.get(back);
            customer.switchLanguage("EN");
            assertFalse(customer.isPresent(By.id("ways:way")), "only the former customer can accept: no new-customer form");
            customer.signIn(admin, "Returning-Admin-2026");
            assertEquals(partner.name(), customer.text(By.cssSelector("#myPartners\\:invitations .partner-name")));
            assertEquals("Ended", customer.text(By.cssSelector("#myPartners\\:partners .status")));
            customer.click(By.id("myPartners:invitations:0:accept"));
            assertEquals(partner.name() + " is now your reseller again.", customer.textOnceRendered(By.id("messages")));
            assertEquals(List.of("Active", "Ended"), customer.driver.findElements(
                    By.cssSelector("#myPartners\\:partners .status")).stream().map(WebElement::getText).toList());
        }

        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag);
        browser.click(By.id("customers:table:0:open"));
        assertEquals(List.of("Invited", "Accepted", "Established", "Removed", "Invited", "Accepted", "Re-established"),
                browser.driver.findElements(By.cssSelector("#account\\:tabs\\:history .step")).stream()
                        .map(WebElement::getText).toList());
        browser.screenshot("relationship-history-en");
        browser.click(By.id("account:tabs:export-history"));
        List<String> lines = Files.readAllLines(browser.downloaded(
                browser.driver.getCurrentUrl().replaceAll(".*customer=(\\d+).*", "relationship-history-$1.csv")),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFWhen,Step,Partner,By,Details", lines.get(0));
        assertEquals(8, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(4).endsWith(",Removed," + partner.name() + "," + partner.adminEmail() + ",'=Paused for a year"),
                "a formula-looking reason is neutralised: " + lines.get(4));
    }

    /** One wrong link only: the whole suite shares one address, which too many would turn away (WrongLinkThrottleTest). */
    @Test
    void aWrongLinkSaysSoInTheVisitorsLanguage() throws Exception {
        try (Browser stranger = Browser.open(base)) {
            stranger.go("login.xhtml");
            stranger.switchLanguage("PT_BR");
            stranger.go("accept/not-a-real-token");
            assertTrue(stranger.textOnceRendered(By.id("messages")).startsWith("Este link não é válido"));
            assertFalse(stranger.isPresent(By.id("ways")));
        }
    }
}
