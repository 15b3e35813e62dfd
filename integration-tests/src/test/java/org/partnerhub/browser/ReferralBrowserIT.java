package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * The referral flow end to end: a provider refers a lead to its partnered reseller in English;
 * the reseller's bell tells of it, and in Portuguese the reseller accepts it, marks it contacted
 * and won, lands in the new-customer wizard filled in from the lead and adds the customer, which
 * the lead then names; the provider sees "Won" and nothing of the reseller's notes.
 */
class ReferralBrowserIT extends BrowserTest {

    @Test
    void aProviderRefersALeadAndTheResellerWinsIt() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Lead " + tag;

        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "referral/referrals.xhtml");
        browser.switchLanguage("EN");
        browser.click(By.id("referrals:new"));
        browser.type(By.id("lead:contactEmail"), "not-an-email");
        browser.click(By.id("lead:save"));
        assertEquals("Required.", browser.textOnceRendered(By.id("lead:companyName-message")));
        assertEquals("Enter an email address such as name@example.com.",
                browser.textOnceRendered(By.id("lead:contactEmail-message")));
        assertEquals("Required.", browser.textOnceRendered(By.id("lead:country-message")));

        browser.type(By.id("lead:companyName"), company);
        browser.type(By.id("lead:contactFirstName"), "Inês");
        browser.type(By.id("lead:contactLastName"), "Costa");
        browser.type(By.id("lead:contactEmail"), "ines@" + tag + ".example");
        browser.choose("lead:country", "Portugal", "Portugal");
        browser.choose("lead:offerId", "Basic", "Microsoft 365 Business Basic");
        browser.type(By.id("lead:licenses"), "12");
        browser.type(By.id("lead:estimatedValue"), "864");
        browser.type(By.id("lead:note"), "Met at the Lisbon partner day.");
        String resellerLabel = reseller.name() + " (" + reseller.mpnId() + ")";
        browser.choose("lead:referTo", reseller.mpnId(), resellerLabel);
        browser.screenshot("referral-new-en");
        browser.click(By.id("lead:save"));

        assertEquals("Awaiting answer", browser.textOnceRendered(By.id("status")));
        assertEquals("Referred to " + reseller.name(), browser.text(By.id("referred-to")));
        assertEquals("$864.00", spaced(browser.text(By.id("value"))));
        String leadPage = browser.driver.getCurrentUrl();

        // The reseller, in Portuguese: the bell counts the referral and leads to it.
        Browser resellerSide = otherBrowser();
        resellerSide.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "index.xhtml");
        resellerSide.switchLanguage("PT_BR");
        assertEquals("1", resellerSide.text(By.id("bell-count")), "the bell tells the reseller of the referral");
        resellerSide.click(By.id("bell-link"));
        assertEquals("Indicação recebida", resellerSide.text(By.id("notifications:table:0:open")));
        resellerSide.click(By.id("notifications:table:0:open"));
        assertEquals("Aguardando resposta", resellerSide.textOnceRendered(By.id("status")));
        assertEquals("Indicada por " + provider.name(), resellerSide.text(By.id("referred-by")));
        assertEquals("Met at the Lisbon partner day.", resellerSide.text(By.id("note")));
        assertFalse(resellerSide.isPresent(By.id("actions:won")), "won only once accepted and contacted");

        resellerSide.click(By.id("actions:accept"));
        resellerSide.waitUntilText(By.id("status"), "Aceita");
        resellerSide.click(By.id("actions:contacted"));
        resellerSide.waitUntilText(By.id("status"), "Contatada");
        resellerSide.type(By.id("notes:text"), "Quer começar em janeiro.");
        resellerSide.click(By.id("notes:save"));
        assertEquals("Anotações salvas.", resellerSide.textOnceRendered(By.id("messages")));
        resellerSide.screenshot("referral-contacted-pt");
        resellerSide.click(By.id("actions:won"));

        // The wizard, filled in from the lead, with the provider that referred it buying.
        resellerSide.waitFor(By.id("from-referral"));
        assertTrue(resellerSide.text(By.id("from-referral")).contains(company), resellerSide.text(By.id("from-referral")));
        assertEquals(company, resellerSide.driver.findElement(By.id("details:companyName")).getAttribute("value"));
        assertEquals("ines@" + tag + ".example",
                resellerSide.driver.findElement(By.id("details:contactEmail")).getAttribute("value"));
        assertEquals("PT", resellerSide.chosenValue("details:country"));
        String prefix = "lead" + tag;
        assertEquals(prefix, resellerSide.driver.findElement(By.id("details:domainPrefix")).getAttribute("value"),
                "a prefix suggested from the company's name");
        resellerSide.type(By.id("details:addressLine1"), "Rua Augusta 10");
        resellerSide.type(By.id("details:city"), "Lisboa");
        resellerSide.click(By.id("details:next"));
        resellerSide.waitFor(By.id("subscriptions:offers:2:licenses"));
        assertEquals("12", resellerSide.driver.findElement(By.id("subscriptions:offers:2:licenses")).getAttribute("value"),
                "the licenses the lead asked for");
        resellerSide.click(By.id("subscriptions:next"));
        assertEquals(provider.name() + " (" + provider.mpnId() + ")", resellerSide.textOnceRendered(By.id("review-provider")));
        resellerSide.click(By.id("review:submit"));
        assertEquals("admin@" + prefix + ".partnerhub.example", resellerSide.textOnceRendered(By.id("admin-user")));

        resellerSide.driver.get(leadPage);
        assertEquals("Ganha", resellerSide.textOnceRendered(By.id("status")));
        assertEquals(company, resellerSide.text(By.id("customer")), "the lead names the customer it became");
        assertFalse(resellerSide.isPresent(By.id("actions:add-customer")), "added once");

        // The provider: the answer in its bell, the status in its list, none of the reseller's notes.
        browser.go("referral/referrals.xhtml");
        browser.click(By.xpath("//*[@id='referrals:list']//*[text()='Referred to resellers']"));
        browser.waitUntilText(By.id("referrals:table"), company);
        assertEquals(List.of("Won"), texts(browser, By.cssSelector("#referrals\\:table .status")));
        assertEquals(List.of(reseller.name()), texts(browser, By.cssSelector("#referrals\\:table .partner")));
        browser.screenshot("referrals-referred-en");
        browser.click(By.id("referrals:table:0:open"));
        assertEquals("Won", browser.textOnceRendered(By.id("status")));
        assertTrue(browser.isPresent(By.id("status-only")));
        assertFalse(browser.isPresent(By.id("notes:text")), "the reseller's notes are its own");
        assertFalse(browser.isPresent(By.id("customer")), "nor which customer it became");
        assertFalse(browser.driver.getPageSource().contains("janeiro"));
        assertEquals("1", browser.text(By.id("bell-count")), "the provider heard of the acceptance");
    }

    @Test
    void aResellerDeclinesAReferralAndTheProviderReadsWhy() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "referral/referrals.xhtml");
        browser.switchLanguage("EN");
        browser.click(By.id("referrals:new"));
        browser.type(By.id("lead:companyName"), "Far Lead " + tag);
        browser.type(By.id("lead:contactFirstName"), "Rui");
        browser.type(By.id("lead:contactLastName"), "Lopes");
        browser.type(By.id("lead:contactEmail"), "buyer@" + tag + ".example");
        browser.choose("lead:country", "Portugal", "Portugal");
        browser.choose("lead:referTo", reseller.mpnId(), reseller.name() + " (" + reseller.mpnId() + ")");
        browser.click(By.id("lead:save"));
        assertEquals("Awaiting answer", browser.textOnceRendered(By.id("status")));
        String leadPage = browser.driver.getCurrentUrl();

        Browser resellerSide = otherBrowser();
        resellerSide.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "index.xhtml");
        resellerSide.switchLanguage("EN");
        resellerSide.driver.get(leadPage);
        resellerSide.openDialog(By.id("actions:decline"), "closeDialog");
        resellerSide.type(By.id("close:reason"), "We do not serve Portugal.");
        resellerSide.click(By.id("close:confirm"));
        assertEquals("Referral declined. The provider is told.", resellerSide.textOnceRendered(By.id("messages")));
        resellerSide.waitUntilText(By.id("status"), "Declined");

        browser.driver.get(leadPage);
        assertEquals("Declined", browser.textOnceRendered(By.id("status")));
        assertEquals("We do not serve Portugal.", browser.text(By.id("decline-reason")));
    }

    @Test
    void aResellerBringsLeadsFromACsvFileLeavingOutTheBadLine() throws Exception {
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("referrals", ".csv");
        Files.writeString(file, "company_name;contact_first_name;contact_last_name;contact_email;contact_phone;country;"
                + "offer_code;licenses;estimated_value;currency;source;note\n"
                + "Alfa " + tag + ";Lucía;García;lucia@alfa.example;;ES;M365-BUSINESS-BASIC;10;720,00;EUR;Feria;\n"
                + "Beta " + tag + ";Pablo;Ruiz;pablo@beta.example;;ZZ;;;;;;\n"
                + "Gamma " + tag + ";Sara;Díaz;sara@gamma.example;+34 600 000 000;MX;;;;;;Llamar el lunes\n",
                StandardCharsets.UTF_8);
        browser.signInDirectly(newUser(reseller, PartnerRole.SALES_AGENT), FIXTURE_PASSWORD, "referral/referrals.xhtml");
        browser.switchLanguage("ES");
        browser.click(By.id("referrals:import"));
        browser.waitFor(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:check"));
        String counts = browser.textOnceRendered(By.id("counts"));
        assertTrue(counts.endsWith("2 línea(s) válida(s), 1 con problemas."), counts);
        List<String> problems = texts(browser, By.cssSelector("#preview .problems"));
        assertEquals("OK", problems.get(0));
        assertTrue(problems.get(1).contains("ZZ"), problems.get(1));
        assertEquals("OK", problems.get(2));
        browser.screenshot("referral-import-preview-es");

        browser.click(By.cssSelector("#options\\:allOrNothing .ui-chkbox-box"));
        browser.click(By.id("options:import"));
        assertTrue(browser.textOnceRendered(By.id("options:allOrNothing-message")).startsWith("1 línea tiene problemas"));
        browser.click(By.cssSelector("#options\\:allOrNothing .ui-chkbox-box"));
        browser.click(By.id("options:import"));
        assertEquals("2 referencias registradas.", browser.textOnceRendered(By.id("messages")));

        browser.go("referral/referrals.xhtml");
        assertEquals(List.of("Gamma " + tag, "Alfa " + tag), texts(browser, By.cssSelector("#referrals\\:table .company")));
        assertEquals(List.of("Nueva", "Nueva"), texts(browser, By.cssSelector("#referrals\\:table .status")));
        assertEquals(List.of("México", "España"), texts(browser, By.cssSelector("#referrals\\:table .country")));
    }
}
