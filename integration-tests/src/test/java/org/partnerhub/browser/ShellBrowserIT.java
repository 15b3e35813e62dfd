package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The shell through a real browser with the demo users: sign-in, the menu by role, the three
 * languages. The demo password is the one the README gives.
 */
class ShellBrowserIT extends BrowserTest {


    @Test
    void aGlobalAdminSeesTheMenuInEnglishPortugueseAndSpanishAndTheChoiceIsRemembered() throws Exception {
        browser.signIn("ana@contoso.example", DEMO_PASSWORD);
        browser.switchLanguage("EN");
        assertEquals("Users", browser.text(By.id("menu-USERS")));
        assertEquals("Indirect resellers", browser.text(By.id("menu-INDIRECT_RESELLERS")));
        assertFalse(browser.isPresent(By.id("menu-INDIRECT_PROVIDERS")), "a provider has no providers page");
        assertTrue(browser.text(By.id("partner-name")).contains("Contoso Distribution"));
        browser.screenshot("home-en");

        browser.switchLanguage("PT_BR");
        assertEquals("Usuários", browser.text(By.id("menu-USERS")));
        assertEquals("Perfil da empresa", browser.text(By.id("menu-BUSINESS_PROFILE")));
        browser.screenshot("home-pt-BR");

        browser.switchLanguage("ES");
        assertEquals("Usuarios", browser.text(By.id("menu-USERS")));
        assertEquals("Revendedores indirectos", browser.text(By.id("menu-INDIRECT_RESELLERS")));
        browser.screenshot("home-es");

        browser.signOut();
        browser.signIn("ana@contoso.example", DEMO_PASSWORD);
        assertEquals("Usuarios", browser.text(By.id("menu-USERS")), "the language was remembered for Ana");
        browser.switchLanguage("EN");
        assertEquals("Users", browser.text(By.id("menu-USERS")));
    }

    @Test
    void aSalesAgentDoesNotSeeUsersAndItsAddressAnswersForbidden() throws Exception {
        browser.signIn("carla@contoso.example", DEMO_PASSWORD);
        browser.switchLanguage("EN");
        browser.waitFor(By.id("menu-CUSTOMERS"));
        assertFalse(browser.isPresent(By.id("menu-USERS")));
        assertTrue(browser.isPresent(By.id("menu-BUSINESS_PROFILE")));

        browser.go("partner/users.xhtml");

        assertEquals("Your role does not allow you to open this page.", browser.text(By.id("error-text")));
        browser.screenshot("forbidden-en");
    }

    @Test
    void aWrongPasswordGetsOneGenericMessage() throws Exception {
        browser.signIn("ana@contoso.example", "not-the-password");

        String message = browser.text(By.cssSelector(".ui-messages-error"));
        assertTrue(message.contains("Sign-in failed. Check your email and password"), message);
        assertTrue(browser.isPresent(By.id("login:email")), "still on the login page");

        browser.signIn("nobody@contoso.example", DEMO_PASSWORD);
        assertEquals(message, browser.text(By.cssSelector(".ui-messages-error")), "same words for an unknown user");
        browser.screenshot("login-failed");
    }

    @Test
    void aPageOpenedBeforeSigningInIsShownAfterSigningIn() {
        browser.go("partner/business-profile.xhtml");
        browser.type(By.id("login:email"), "diego@contoso.example");
        browser.type(By.id("login:password"), DEMO_PASSWORD);
        browser.click(By.id("login:signIn"));

        assertEquals("1000001", browser.text(By.id("show-mpnId")));
        assertFalse(browser.isPresent(By.id("profile:edit")), "only a Global admin edits the profile");
    }
}
