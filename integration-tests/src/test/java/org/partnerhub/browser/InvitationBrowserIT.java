package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A reseller invites a customer jointly with its provider; the customer, in its own browser,
 * opens the link, reads it in Spanish and accepts as a new customer; both partners then serve it.
 */
class InvitationBrowserIT extends BrowserTest {

    @Test
    void aResellerAdminInvitesJointlyInPortugueseAndANewCustomerAcceptsInSpanish() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        // The email starts in the language the user works in now, switched to in this session.
        browser.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "partnership/indirect-providers.xhtml");
        browser.switchLanguage("PT_BR");
        assertEquals(provider.name(), browser.text(By.cssSelector("#partnerships\\:partners .partner-name")),
                "the reseller's provider");
        browser.click(By.id("partnerships:partners:0:invite-jointly"));

        assertTrue(browser.text(By.id("invite:jointProvider_label")).startsWith(provider.name()));
        assertEquals("Português (Brasil)", browser.text(By.id("invite:language_label")));
        browser.type(By.id("invite:to"), "not an email");
        browser.click(By.id("invite:create"));
        browser.textOnceRendered(By.id("invite:to-message"));
        browser.type(By.id("invite:to"), "compras@nueva.example");
        browser.click(By.id("invite:create"));

        String link = browser.waitFor(By.id("draft")).getAttribute("data-link");
        assertTrue(link.matches(".*/partnerhub/accept/[A-Za-z0-9_-]{43}"), link);
        assertEquals("compras@nueva.example", browser.text(By.id("draft-to")), "the draft names its recipient");
        assertEquals(reseller.name() + " e " + provider.name() + " convidam você a aceitá-los como revendedores",
                browser.driver.findElement(By.id("draft:subject")).getAttribute("value"));
        String body = browser.driver.findElement(By.id("draft:body")).getAttribute("value");
        assertTrue(body.contains(link) && body.contains("junto com seu provedor indireto " + provider.name()), body);
        browser.type(By.id("draft:body"), "Sem link");
        browser.click(By.id("draft:copy"));
        assertTrue(browser.text(By.id("link-missing")).startsWith("Mantenha o link na mensagem"));
        browser.type(By.id("draft:body"), body);
        browser.click(By.id("draft:copy"));
        browser.waitFor(By.id("copied"));
        browser.screenshot("invitation-draft-pt-BR");
        browser.click(By.id("draft:done"));
        assertEquals("Pendente", browser.text(By.cssSelector("#invitations\\:table .status")));
        assertEquals("compras@nueva.example", browser.text(By.cssSelector("#invitations\\:table .recipient")),
                "the list shows whom it was sent to");
        assertEquals("(ainda não aceito)", browser.text(By.cssSelector("#invitations\\:table .customer")));

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Nueva Compañía " + tag;
        String prefix = "nueva-" + tag;
        Browser customer = otherBrowser();
        customer.driver.get(link);
        assertEquals(reseller.name() + " (MPN ID " + reseller.mpnId() + ") convida sua organização a aceitá-lo como"
                + " revendedor, junto com seu provedor indireto " + provider.name() + " (MPN ID " + provider.mpnId()
                + ").", customer.text(By.id("invitation-text")));
        customer.switchLanguage("ES");
        assertTrue(customer.text(By.id("meaning")).contains("privilegios de administrador delegado"));
        // A user name of spaces is none: said next to the field, not an incident, on this public page too.
        customer.type(By.id("ways:userName"), "   ");
        customer.type(By.id("ways:password"), "una-clave");
        customer.click(By.id("ways:acceptExisting"));
        assertEquals("Obligatorio.", customer.textOnceRendered(By.id("ways:userName-message")));
        customer.click(By.cssSelector("#ways\\:way .ui-button:nth-child(2)"));
        customer.type(By.id("ways:domainPrefix"), prefix);
        enterCustomerDetails(customer, "ways", company, "España", "compras@" + prefix + ".example");
        customer.type(By.id("ways:newPassword"), "corta");
        customer.type(By.id("ways:newPasswordAgain"), "corta");
        customer.click(By.id("ways:acceptNew"));
        assertEquals("La contraseña debe tener de 12 a 128 caracteres.",
                customer.textOnceRendered(By.id("ways:newPassword-message")));
        customer.screenshot("invitation-accept-es");
        customer.type(By.id("ways:newPassword"), "Una-Clave-Larga-2026");
        customer.type(By.id("ways:newPasswordAgain"), "Una-Clave-Larga-2026");
        customer.click(By.id("ways:acceptNew"));
        assertEquals("Listo: " + reseller.name() + " y " + provider.name() + " son ahora sus revendedores.",
                customer.text(By.cssSelector("#accepted p")));
        assertTrue(customer.text(By.id("accepted")).contains("admin@" + prefix + ".partnerhub.example"));

        // The link worked once.
        customer.driver.get(link);
        assertEquals("Esta invitación ya fue respondida.", customer.textOnceRendered(By.id("messages")));
        assertFalse(customer.isPresent(By.id("ways")));

        // The new customer's admin signs in to its area through the form and finds both partners.
        customer.signIn("admin@" + prefix + ".partnerhub.example", "Una-Clave-Larga-2026");
        assertEquals(Stream.of(provider.name(), reseller.name()).sorted().toList(),
                texts(customer, By.cssSelector("#myPartners\\:partners .partner-name")).stream().sorted().toList());
        customer.screenshot("customer-area-my-partners-es");

        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        assertEquals(List.of(company), browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag));
        Browser providerSide = otherBrowser();
        providerSide.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "customer/customers.xhtml");
        providerSide.type(By.id("customers:search"), tag);
        assertEquals(List.of(company), providerSide.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag));
        browser.go("relationship/invitations.xhtml");
        assertEquals("Aceito", browser.text(By.cssSelector("#invitations\\:table .status")));
        assertEquals(company, browser.text(By.cssSelector("#invitations\\:table .customer")));
    }

    @Test
    void aRemovedCustomerAcceptsAgainInItsAreaAndTheHistoryShowsBothPeriods() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "customer/customers.xhtml");
        browser.switchLanguage("EN");
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
        Browser customer = otherBrowser();
        customer.driver.get(first);
        customer.switchLanguage("EN");
        assertTrue(customer.textOnceRendered(By.id("messages")).startsWith("This link is not valid"));
        customer.driver.get(link);
        customer.click(By.cssSelector("#ways\\:way .ui-button:nth-child(2)"));
        customer.type(By.id("ways:domainPrefix"), "back-" + tag);
        enterCustomerDetails(customer, "ways", company, "United States", "it@back-" + tag + ".example");
        customer.type(By.id("ways:newPassword"), "Returning-Admin-2026");
        customer.type(By.id("ways:newPasswordAgain"), "Returning-Admin-2026");
        customer.click(By.id("ways:acceptNew"));
        customer.waitFor(By.id("accepted"));

        // The partner removes the relationship, then invites the former customer back.
        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag);
        browser.click(By.cssSelector("#customers\\:table tbody tr:first-child a.open"));
        browser.openDialog(By.id("account:tabs:remove"), "removeDialog");
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
        assertTrue(browser.driver.findElement(By.id("draft:subject")).getAttribute("value").endsWith("as your reseller again"),
                "a former customer is asked back, not invited as a new one");

        Browser formerCustomer = otherBrowser();
        formerCustomer.driver.get(back);
        formerCustomer.switchLanguage("EN");
        assertFalse(formerCustomer.isPresent(By.id("ways:way")), "only the former customer can accept: no new-customer form");
        formerCustomer.signInDirectly(admin, "Returning-Admin-2026");
        assertEquals(partner.name(), formerCustomer.text(By.cssSelector("#myPartners\\:invitations .partner-name")));
        assertEquals("Ended", formerCustomer.text(By.cssSelector("#myPartners\\:partners .status")));
        formerCustomer.click(By.id("myPartners:invitations:0:accept"));
        formerCustomer.confirm();
        assertEquals(partner.name() + " is now your reseller again.", formerCustomer.textOnceRendered(By.id("messages")));
        // The accept's answer rendered the partners again along with the message.
        assertEquals(List.of("Active", "Ended"), texts(formerCustomer, By.cssSelector("#myPartners\\:partners .status")));

        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag);
        browser.click(By.cssSelector("#customers\\:table tbody tr:first-child a.open"));
        assertEquals(List.of("Invited", "Accepted", "Established", "Removed", "Invited", "Accepted", "Re-established"),
                texts(browser, By.cssSelector("#account\\:tabs\\:history .step")));
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

    /** A wrong link says so; opening links is not throttled, a 256-bit link cannot be guessed. */
    @Test
    void theInvitationsArePagedNewestFirstWithOlderAndNewer() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        invitations(partner, 30);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "relationship/invitations.xhtml");
        By createdBy = By.cssSelector("#invitations\\:table .created-by");
        List<String> newest = browser.textsOnceAllContain(createdBy, "@partnerhub.example");
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(i -> "it-" + i + "@partnerhub.example").toList(), newest);
        assertFalse(browser.isPresent(By.id("invitations:newer")), "the first page has nothing newer");

        browser.click(By.id("invitations:older"));
        browser.waitUntilText(By.id("invitations:table"), "it-26@");
        assertEquals(IntStream.rangeClosed(26, 30).mapToObj(i -> "it-" + i + "@partnerhub.example").toList(),
                browser.textsOnceAllContain(createdBy, "@partnerhub.example"));
        assertFalse(browser.isPresent(By.id("invitations:older")), "the last page has nothing older");

        browser.click(By.id("invitations:newer"));
        browser.waitUntilText(By.id("invitations:table"), "it-1@");
        assertEquals(newest, browser.textsOnceAllContain(createdBy, "@partnerhub.example"));
    }

    @Test
    void aWrongLinkSaysSoInTheVisitorsLanguage() {
        // The test's browser starts with no session: a stranger's.
        browser.go("login.xhtml");
        browser.switchLanguage("PT_BR");
        browser.go("accept/not-a-real-token");
        assertTrue(browser.textOnceRendered(By.id("messages")).startsWith("Este link não é válido"));
        assertFalse(browser.isPresent(By.id("ways")));
    }
}
