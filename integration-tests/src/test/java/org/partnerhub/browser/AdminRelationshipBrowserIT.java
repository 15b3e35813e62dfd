package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A provider, in Spanish, gives up its legacy privileges and asks a customer for the Helpdesk
 * administrator role; the customer's admin opens the approval link, signs in and approves in
 * Portuguese; the provider resets a user's password with it; the customer ends it, and the next
 * reset is refused.
 */
class AdminRelationshipBrowserIT extends BrowserTest {

    @Test
    void aCustomerApprovesAnAdminRelationshipThatAllowsPasswordResetsUntilItEndsIt() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        CustomerAdmin customer = customerWithAdmin(provider, "Acceso Granular SA");
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD,
                "customer/account.xhtml?customer=" + customer.customerId() + "&tab=3");
        browser.switchLanguage("ES");
        browser.click(By.id("account:tabs:remove-legacy"));
        browser.confirm();
        assertEquals("Privilegios heredados de administrador delegado eliminados: desde ahora solo cuentan los roles de"
                + " sus relaciones de administrador.", browser.textOnceRendered(By.id("messages")));
        browser.go("customer/users.xhtml?customer=" + customer.customerId());
        browser.click(By.id("users:table:0:reset"));
        assertEquals("El cliente no le concedió privilegios de administrador delegado: no puede gestionar sus usuarios.",
                browser.textOnceRendered(By.id("messages")));

        browser.go("customer/request-admin-relationship.xhtml?customer=" + customer.customerId());
        browser.type(By.id("request:name"), "Soporte de contraseñas");
        browser.click(By.id("request:create"));
        assertEquals("Elija al menos un rol de administrador.", browser.textOnceRendered(By.id("request:roles-message")));
        browser.click(By.cssSelector("#request\\:roles label[for='request:roles:3']"));
        browser.type(By.id("request:duration"), "90");
        browser.click(By.id("request:create"));
        String link = browser.waitFor(By.id("draft")).getAttribute("data-link");
        assertTrue(link.contains("/approve/"), link);
        browser.screenshot("admin-relationship-request-es");

        Browser customerSide = otherBrowser();
        customerSide.go(link.substring(link.indexOf("approve/")));
        customerSide.type(By.id("login:email"), customer.userName());
        customerSide.type(By.id("login:password"), FIXTURE_PASSWORD);
        customerSide.click(By.id("login:signIn"));
        customerSide.waitFor(By.id("admin:approve"));
        customerSide.switchLanguage("PT_BR");
        assertEquals("Administrador de suporte técnico", customerSide.text(By.cssSelector("#asked-roles .role")));
        assertEquals("90", customerSide.text(By.id("asked-duration")));
        customerSide.click(By.id("admin:approve"));
        customerSide.confirm();
        assertEquals("Você aprovou o relacionamento de administrador com " + provider.name() + ".",
                customerSide.textOnceRendered(By.id("messages")));
        assertEquals("Ativo", customerSide.text(By.cssSelector("#admin\\:relationships .status")));
        customerSide.screenshot("admin-relationship-approved-pt");

        browser.go("customer/users.xhtml?customer=" + customer.customerId());
        browser.click(By.id("users:table:0:reset"));
        assertFalse(browser.textOnceRendered(By.id("shown-password")).isBlank(), "a new temporary password");
        browser.click(By.id("credentials:close"));

        customerSide.click(By.id("admin:relationships:0:terminate"));
        customerSide.confirm();
        assertEquals("O relacionamento de administrador \"Soporte de contraseñas\" foi encerrado.",
                customerSide.textOnceRendered(By.id("messages")));

        browser.click(By.id("users:table:0:reset"));
        assertEquals("El cliente no le concedió privilegios de administrador delegado: no puede gestionar sus usuarios.",
                browser.textOnceRendered(By.id("messages")));
        browser.go("customer/account.xhtml?customer=" + customer.customerId() + "&tab=3");
        assertEquals("Terminada", browser.text(By.cssSelector("#account\\:tabs\\:admin .status")));
    }
}
