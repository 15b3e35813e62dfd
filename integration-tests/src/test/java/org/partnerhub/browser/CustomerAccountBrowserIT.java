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

/**
 * A customer's account and the list around it, in Portuguese: an Admin agent updates the
 * account info, a Global admin exports a search, and the Helpdesk and Sales agents see only
 * what their roles allow.
 */
class CustomerAccountBrowserIT extends BrowserTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminAgentUpdatesTheAccountInfoAndBadInputIsShownNextToTheField() throws Exception {
        long customer = customerOf("1000001", "Conta " + tag, null);
        browser.signIn("bruno@contoso.example", DEMO_PASSWORD);
        browser.switchLanguage("PT_BR");
        browser.go("customer/account.xhtml?customer=" + customer);
        browser.click(By.id("account:tabs:edit"));

        browser.type(By.id("edit:companyName"), " ");
        browser.type(By.id("edit:country"), "XX");
        browser.click(By.id("edit:save"));
        assertEquals("Obrigatório.", browser.textOnceRendered(By.id("edit:companyName-message")));
        assertEquals("Informe o código ISO do país com duas letras, como BR ou US.",
                browser.textOnceRendered(By.id("edit:country-message")));
        browser.screenshot("account-edit-invalid-pt-BR");

        browser.type(By.id("edit:companyName"), "Conta Renomeada " + tag);
        browser.type(By.id("edit:country"), "BR");
        browser.click(By.id("edit:save"));
        assertEquals("Dados da conta salvos.", browser.textOnceRendered(By.id("messages")));
        assertEquals("Conta Renomeada " + tag, browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("account:tabs")).contains(" BR"), "the new country is shown");
    }

    @Test
    void theExportHoldsExactlyTheSearchedCustomersWithHeadersInTheUsersLanguage() throws Exception {
        customerOf("1000001", "Café Exportado " + tag + " A", null);
        customerOf("1000001", "Café Exportado " + tag + " B", null);
        customerOf("2000001", "Café Exportado " + tag + " de outro parceiro", null);
        browser.signIn("ana@contoso.example", DEMO_PASSWORD);
        browser.switchLanguage("PT_BR");
        browser.go("customer/customers.xhtml");
        browser.type(By.id("customers:search"), tag);
        browser.textsOnceAllContain(By.cssSelector("#customers\\:table .company"), tag);
        browser.click(By.id("customers:export"));

        List<String> lines = Files.readAllLines(browser.downloaded("customers.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFEmpresa,Domínio,País,Data de inclusão", lines.get(0));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("Café Exportado " + tag + " A,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Café Exportado " + tag + " B,"), lines.get(2));
    }

    @Test
    void helpdeskAndSalesAgentsSeeOnlyWhatTheirRolesAllow() throws Exception {
        long customer = customerOf("1000001", "Papéis " + tag, null);
        browser.signIn("diego@contoso.example", DEMO_PASSWORD);
        browser.switchLanguage("PT_BR");
        browser.go("customer/customers.xhtml");
        browser.waitFor(By.id("customers:export"));
        assertFalse(browser.isPresent(By.id("customers:add")), "a Helpdesk agent adds no customer");
        browser.go("customer/account.xhtml?customer=" + customer);
        browser.waitFor(By.id("account:tabs"));
        assertFalse(browser.isPresent(By.id("account:tabs:edit")), "a Helpdesk agent updates no account");
        assertFalse(browser.isPresent(By.id("account:tabs:remove")), "a Helpdesk agent removes no relationship");
        browser.go("customer/new-customer.xhtml");
        assertEquals("Sua função não permite abrir esta página.", browser.text(By.id("error-text")));

        browser.go("");
        browser.signOut();
        browser.signIn("carla@contoso.example", DEMO_PASSWORD);
        browser.go("customer/customers.xhtml");
        browser.waitFor(By.id("customers:add"));
        browser.go("customer/account.xhtml?customer=" + customer);
        browser.waitFor(By.id("account:tabs"));
        assertFalse(browser.isPresent(By.id("account:tabs:edit")), "a Sales agent updates no account");
        assertFalse(browser.isPresent(By.id("account:tabs:remove")), "a Sales agent removes no relationship");
        browser.screenshot("account-as-sales-agent-pt-BR");
    }
}
