package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A Global admin at work through the real pages: adding a user whose temporary password is
 * shown once, and a business profile form that refuses bad input field by field.
 */
class PartnerAdministrationBrowserIT extends BrowserTest {

    @Test
    void aGlobalAdminAddsAUserWhoSignsInWithTheTemporaryPasswordShownOnce() throws Exception {
        // Northwind's own admin, so other browser tests on Contoso see no new users.
        browser.signIn("felipe@northwind.example", DEMO_PASSWORD);
        browser.switchLanguage("EN");
        browser.go("partner/users.xhtml");
        String email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";

        browser.click(By.id("users:add"));
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

        browser.signOut();
        browser.signIn(email, password);
        assertTrue(browser.text(By.id("user-name")).startsWith("New Agent"), "signed in as the new user");
        assertFalse(browser.isPresent(By.id("menu-USERS")), "a Sales agent has no Users page");
    }

    @Test
    void badProfileInputGetsAMessageNextToEachFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        browser.signIn("gabriela@tailspin.example", DEMO_PASSWORD);
        browser.switchLanguage("PT_BR");
        browser.go("partner/business-profile.xhtml");
        String nameBefore = browser.text(By.id("show-name"));

        browser.click(By.id("profile:edit"));
        browser.type(By.id("profile:name"), "Tailspin renamed");
        browser.type(By.id("profile:mpnId"), "12AB");
        browser.type(By.id("profile:country"), "ZZ");
        browser.type(By.id("profile:contactEmail"), "sales-at-tailspin");
        browser.click(By.id("profile:save"));

        assertEquals("O MPN ID tem de 6 a 10 dígitos e nada mais.",
                browser.textOnceRendered(By.id("profile:mpnId-message")));
        assertEquals("Informe o código ISO do país com duas letras, como BR ou US.",
                browser.textOnceRendered(By.id("profile:country-message")));
        assertEquals("Informe um e-mail como nome@exemplo.com.",
                browser.textOnceRendered(By.id("profile:contactEmail-message")));
        assertEquals("", browser.driver.findElement(By.id("profile:name-message")).getText().trim());
        browser.screenshot("profile-invalid-pt-BR");

        browser.click(By.id("profile:cancel"));
        assertEquals(nameBefore, browser.text(By.id("show-name")), "nothing was saved");
    }
}
