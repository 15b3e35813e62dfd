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
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * A customer's account and the list around it, in Portuguese, at a provider of the test's own:
 * an Admin agent updates the account info, a Global admin exports a search, and the Helpdesk
 * and Sales agents see only what their roles allow.
 */
class CustomerAccountBrowserIT extends BrowserTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminAgentUpdatesTheAccountInfoAndBadInputIsShownNextToTheField() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        long customer = customerOf(provider.mpnId(), "Conta " + tag, null);
        browser.signInDirectly(newUser(provider, PartnerRole.ADMIN_AGENT), FIXTURE_PASSWORD,
                "customer/account.xhtml?customer=" + customer);
        browser.switchLanguage("PT_BR");
        browser.openDialog(By.id("account:tabs:edit"), "editDialog");

        browser.type(By.id("edit:companyName"), " ");
        // Back to no country: the item that asks for one (a filter hides it while it filters).
        browser.choose("edit:country", "Escolha um país");
        browser.click(By.id("edit:save"));
        assertEquals("Obrigatório.", browser.textOnceRendered(By.id("edit:companyName-message")));
        assertEquals("Obrigatório.", browser.textOnceRendered(By.id("edit:country-message")));
        browser.screenshot("account-edit-invalid-pt-BR");

        browser.type(By.id("edit:companyName"), "Conta Renomeada " + tag);
        browser.choose("edit:country", "alem", "Alemanha");
        browser.click(By.id("edit:save"));
        assertEquals("Dados da conta salvos.", browser.textOnceRendered(By.id("messages")));
        assertEquals("Conta Renomeada " + tag, browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("account:tabs")).contains(" Alemanha"), "the new country is shown by name");

        // What was saved is the code: the form, loaded again, holds DE.
        browser.openDialog(By.id("account:tabs:edit"), "editDialog");
        assertEquals("Alemanha", browser.text(By.id("edit:country_label")));
        assertEquals("DE", browser.chosenValue("edit:country"));
    }

    @Test
    void theExportHoldsExactlyTheSearchedCustomersWithHeadersInTheUsersLanguage() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner other = newPartner(PartnerType.INDIRECT_RESELLER);
        customerOf(provider.mpnId(), "Café Exportado " + tag + " A", null);
        customerOf(provider.mpnId(), "Café Exportado " + tag + " B", null);
        customerOf(other.mpnId(), "Café Exportado " + tag + " de outro parceiro", null);
        // One of the provider's own customers the search leaves out: the list shows only the
        // searched ones once the search has answered, and the export follows that answer.
        customerOf(provider.mpnId(), "Outro cliente", null);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "customer/customers.xhtml");
        browser.switchLanguage("PT_BR");
        browser.type(By.id("customers:search"), tag);
        assertEquals(2, browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag).size());
        browser.click(By.id("customers:export"));

        List<String> lines = Files.readAllLines(browser.downloaded("customers.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFEmpresa,Domínio,País,Data de inclusão", lines.get(0));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("Café Exportado " + tag + " A,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Café Exportado " + tag + " B,"), lines.get(2));
    }

    @Test
    void helpdeskAndSalesAgentsSeeOnlyWhatTheirRolesAllow() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        long customer = customerOf(provider.mpnId(), "Papéis " + tag, null);
        browser.signInDirectly(newUser(provider, PartnerRole.HELPDESK_AGENT), FIXTURE_PASSWORD, "customer/customers.xhtml");
        browser.switchLanguage("PT_BR");
        browser.waitFor(By.id("customers:export"));
        assertFalse(browser.isPresent(By.id("customers:add")), "a Helpdesk agent adds no customer");
        browser.go("customer/account.xhtml?customer=" + customer);
        browser.waitFor(By.id("account:tabs"));
        assertFalse(browser.isPresent(By.id("account:tabs:edit")), "a Helpdesk agent updates no account");
        assertFalse(browser.isPresent(By.id("account:tabs:remove")), "a Helpdesk agent removes no relationship");
        browser.go("customer/new-customer.xhtml");
        assertEquals("Esta página não está aberta à sua função nem ao seu tipo de parceiro.", browser.text(By.id("error-text")));

        Browser salesAgent = otherBrowser();
        salesAgent.signInDirectly(newUser(provider, PartnerRole.SALES_AGENT), FIXTURE_PASSWORD, "customer/customers.xhtml");
        salesAgent.waitFor(By.id("customers:add"));
        salesAgent.go("customer/account.xhtml?customer=" + customer);
        salesAgent.waitFor(By.id("account:tabs"));
        assertFalse(salesAgent.isPresent(By.id("account:tabs:edit")), "a Sales agent updates no account");
        assertFalse(salesAgent.isPresent(By.id("account:tabs:remove")), "a Sales agent removes no relationship");
        salesAgent.screenshot("account-as-sales-agent-en");
    }
}
