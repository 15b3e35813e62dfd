package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A Global admin at work through the real pages: adding a user whose temporary password is
 * shown once, and a business profile form that refuses bad input field by field.
 */
class PartnerAdministrationBrowserIT extends BrowserTest {

    @Test
    void aGlobalAdminAddsAUserWhoSignsInWithTheTemporaryPasswordShownOnce() throws Exception {
        TestPartner partner = newPartner(PartnerType.INDIRECT_RESELLER);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "partner/users.xhtml");
        browser.switchLanguage("EN");
        String email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";

        browser.openDialog(By.id("users:add"), "addDialog");
        browser.type(By.id("newUser:email"), email);
        browser.type(By.id("newUser:displayName"), "New Agent");
        browser.click(By.cssSelector("#newUser\\:roles label[for='newUser:roles:2']"));
        browser.click(By.id("newUser:save"));

        assertEquals(email, browser.text(By.id("created-email")));
        String password = browser.text(By.id("created-password"));
        assertEquals(16, password.length());
        browser.screenshot("user-added-en");

        browser.go("partner/users.xhtml");
        assertFalse(browser.isPresent(By.id("created-password")), "the password is shown once only");
        assertTrue(browser.text(By.id("users:table")).contains(email));

        // Through the form: signing in with the temporary password is what this shows.
        browser.signOut();
        browser.signIn(email, password);
        assertTrue(browser.text(By.id("user-name")).startsWith("New Agent"), "signed in as the new user");
        assertFalse(browser.isPresent(By.id("menu-USERS")), "a Sales agent has no Users page");
    }

    @Test
    void badProfileInputGetsAMessageNextToEachFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "partner/business-profile.xhtml");
        browser.switchLanguage("PT_BR");
        assertEquals(partner.name(), browser.text(By.id("show-name")));
        // The partner's country is kept as BR and shown by its name in the user's language.
        assertEquals("Brasil", browser.text(By.id("show-country")));

        browser.click(By.id("profile:edit"));
        assertEquals("Brasil", browser.text(By.id("profile:country_label")));
        assertEquals("BR", browser.chosenValue("profile:country"));
        browser.type(By.id("profile:name"), partner.name() + " renamed");
        browser.type(By.id("profile:mpnId"), "12AB");
        browser.choose("profile:country", "Escolha um país");
        browser.type(By.id("profile:contactEmail"), "sales-at-the-partner");
        browser.click(By.id("profile:save"));

        assertEquals("O MPN ID tem de 6 a 10 dígitos e nada mais.",
                browser.textOnceRendered(By.id("profile:mpnId-message")));
        assertEquals("Obrigatório.", browser.textOnceRendered(By.id("profile:country-message")));
        assertEquals("Informe um e-mail como nome@exemplo.com.",
                browser.textOnceRendered(By.id("profile:contactEmail-message")));
        assertEquals("", browser.driver.findElement(By.id("profile:name-message")).getText().trim());
        browser.screenshot("profile-invalid-pt-BR");

        browser.click(By.id("profile:cancel"));
        assertEquals(partner.name(), browser.textOnceRendered(By.id("show-name")), "nothing was saved");
    }
}
