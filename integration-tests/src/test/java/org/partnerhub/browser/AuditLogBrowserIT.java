package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * The audit log workspace in Português: a Global admin picks a customer by name, the list keeps
 * that customer's events only, each opening the customer's account, and the export holds exactly
 * those, in Portuguese, with the formula in the customer's name neutralised.
 */
class AuditLogBrowserIT extends BrowserTest {

    @Test
    void aGlobalAdminFiltersTheLogByCustomerInPortugueseAndExportsIt() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String formula = "=SOMA(1;2) Alfa " + tag;
        long alpha = customerOf(provider.mpnId(), formula, null);
        long beta = customerOf(provider.mpnId(), "Beta " + tag, null);
        auditEvent(provider, "ACCOUNT_UPDATED", alpha);
        auditEvent(provider, "ACCOUNT_UPDATED", beta);
        auditEvent(provider, "ACCOUNT_UPDATED", alpha);

        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "audit/audit-log.xhtml");
        browser.switchLanguage("PT_BR");
        assertEquals("Log de auditoria", browser.text(By.tagName("h1")));
        browser.type(By.id("auditLog:customer_input"), "Alfa " + tag);
        browser.click(By.cssSelector("#auditLog\\:customer_panel li.ui-autocomplete-item"));

        List<String> details = browser.textsOnceAllContain(By.cssSelector("#auditLog\\:table .summary-text"), formula);
        assertEquals(2, details.size(), "the customer's two events, not the other's nor the sign-in");
        assertEquals(List.of("Conta do cliente atualizada", "Conta do cliente atualizada"),
                texts(browser, By.cssSelector("#auditLog\\:table .action")));
        assertTrue(browser.waitFor(By.id("auditLog:table:0:open")).getAttribute("href")
                .endsWith("/customer/account.xhtml?customer=" + alpha), "the row opens the customer's account");
        browser.screenshot("audit-log-by-customer-pt-BR");

        browser.click(By.id("auditLog:export"));
        List<String> lines = Files.readAllLines(browser.downloaded("audit-log.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFQuando (UTC),Quem,O quê,Sobre,Detalhes", lines.get(0));
        assertEquals(3, lines.size(), String.join("\n", lines));
        for (String line : lines.subList(1, 3)) {
            assertTrue(line.contains("," + provider.adminEmail() + ",Conta do cliente atualizada,"), line);
            assertTrue(line.endsWith(",'" + formula), "neutralised: " + line);
        }
    }
}
