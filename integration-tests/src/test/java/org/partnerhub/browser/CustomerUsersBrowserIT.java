package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/** A partner adds a customer's user by hand and many from a file: preview, import, passwords downloaded once. */
class CustomerUsersBrowserIT extends BrowserTest {

    private static final long BUSINESS_STANDARD = 2;

    @Test
    void aUserIsAddedWithItsPasswordShownOnceAndGetsALicense() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        long customer = customerOf(partner.mpnId(), "Usuarios " + partner.mpnId(), BUSINESS_STANDARD);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "customer/users.xhtml?customer=" + customer);
        browser.switchLanguage("ES");
        browser.openDialog(By.id("users:add"), "addDialog");
        // The usage location starts as the customer's country (PT), chosen in the list by name.
        assertEquals("Portugal", browser.text(By.id("add:usageLocation_label")));
        assertEquals("PT", browser.chosenValue("add:usageLocation"));
        browser.type(By.id("add:firstName"), "Lucía");
        browser.type(By.id("add:lastName"), "García");
        browser.type(By.id("add:userName"), "Lucia Garcia");
        browser.click(By.id("add:save"));
        assertTrue(browser.textOnceRendered(By.id("add:userName-message")).startsWith("Solo letras minúsculas"));
        browser.type(By.id("add:userName"), "lucia.garcia");
        browser.click(By.id("add:save"));
        assertTrue(browser.text(By.id("shown-user")).startsWith("lucia.garcia@"));
        assertEquals(16, browser.text(By.id("shown-password")).length());
        browser.click(By.id("credentials:close"));
        browser.waitUntilText(By.cssSelector("#users\\:table .user-name"), "lucia.garcia@");

        browser.openDialog(By.id("users:table:0:licenses"), "licensesDialog");
        browser.click(By.id("licenses:uses:0:assign"));
        browser.waitUntilText(By.cssSelector("#licenses .assigned"), "1 / 10");
        browser.waitUntilText(By.cssSelector("#users\\:table .licenses"), "Microsoft 365 Empresa Estándar");
        browser.screenshot("customer-users-es");
    }

    @Test
    void aFileWithGoodAndBadLinesIsPreviewedImportedAndItsPasswordsDownloadedOnce() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        long customer = customerOf(partner.mpnId(), "Importação " + partner.mpnId(), BUSINESS_STANDARD);
        Path file = Files.createTempFile("users", ".csv");
        Files.writeString(file, "\uFEFFuser_name;first_name;last_name;display_name;contact_email;usage_location;role;licenses\n"
                + "joao.silva;João;Silva;;;BR;user;M365-BUSINESS-STANDARD\n"
                + "maria;Maria;Souza;;;BR;admin;\n"
                + "joao.silva;João;Outro;;;BR;user;\n"
                + "pedro;Pedro;Lima;;;ZZ;user;\n", StandardCharsets.UTF_8);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "customer/users.xhtml?customer=" + customer);
        browser.switchLanguage("PT_BR");
        browser.click(By.id("users:import"));

        // The import page, not the users page the click is leaving.
        browser.waitFor(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:check"));
        String counts = browser.textOnceRendered(By.id("counts"));
        assertTrue(counts.endsWith("2 linha(s) válida(s), 2 com problemas."), counts);
        assertEquals(List.of("OK", "OK", "O mesmo nome de usuário já está na linha 2.",
                "ZZ não é um código de país (como US ou BR)."), texts(browser, By.cssSelector("#options\\:rows .problems")));
        browser.screenshot("import-preview-pt-BR");
        // From here on as if every request landed on another server of a cluster.
        browser.moveSession();
        browser.click(By.cssSelector("#options\\:skipInvalid label[for='options:skipInvalid:1']"));
        browser.click(By.id("options:import"));
        assertEquals("2 linha(s) têm problemas. Corrija-as ou escolha deixá-las de fora.",
                browser.textOnceRendered(By.id("options:skipInvalid-message")));
        browser.click(By.cssSelector("#options\\:skipInvalid label[for='options:skipInvalid:0']"));
        browser.click(By.id("options:import"));
        assertTrue(browser.textOnceRendered(By.id("messages")).startsWith("A importação roda em segundo plano"));
        browser.waitUntilText(By.cssSelector("#jobs\\:table .status"), "Concluída");
        browser.moveSession();

        browser.click(By.id("jobs:table:0:result"));
        List<String> result = Files.readAllLines(browser.downloadedMatching("users-\\d+-passwords\\.csv"),
                StandardCharsets.UTF_8);
        assertEquals(3, result.size(), String.join("\n", result));
        assertTrue(result.get(1).startsWith("joao.silva@"), result.get(1));
        // The used button says so at once, without a reload.
        browser.waitUntilText(By.cssSelector("#jobs\\:table\\:0\\:result.ui-state-disabled[disabled]"), "Senhas baixadas");
        browser.go("customer/import-users.xhtml?customer=" + customer);
        browser.waitUntilText(By.cssSelector("#jobs\\:table .status"), "Concluída");
        assertFalse(browser.isPresent(By.id("jobs:table:0:result")), "the passwords are downloaded once");
        browser.go("customer/users.xhtml?customer=" + customer);
        assertEquals(List.of("joao.silva@", "maria@"), texts(browser, By.cssSelector("#users\\:table .user-name"))
                .stream().map(name -> name.substring(0, name.indexOf('@') + 1)).toList());
    }
}
