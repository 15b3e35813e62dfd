package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * The shell through a real browser with each test's own provider and users: the login form,
 * the menu by role, the three languages.
 */
class ShellBrowserIT extends BrowserTest {

    @Test
    void aGlobalAdminSeesTheMenuInEnglishPortugueseAndSpanishAndTheChoiceIsRemembered() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD);
        browser.switchLanguage("EN");
        assertEquals("Users", browser.text(By.id("menu-USERS")));
        assertEquals("Indirect resellers", browser.text(By.id("menu-INDIRECT_RESELLERS")));
        assertFalse(browser.isPresent(By.id("menu-INDIRECT_PROVIDERS")), "a provider has no providers page");
        assertTrue(browser.text(By.id("partner-name")).contains(provider.name()));
        browser.screenshot("home-en");

        browser.switchLanguage("PT_BR");
        assertEquals("Usuários", browser.text(By.id("menu-USERS")));
        assertEquals("Perfil da empresa", browser.text(By.id("menu-BUSINESS_PROFILE")));
        browser.screenshot("home-pt-BR");

        browser.switchLanguage("ES");
        assertEquals("Usuarios", browser.text(By.id("menu-USERS")));
        assertEquals("Revendedores indirectos", browser.text(By.id("menu-INDIRECT_RESELLERS")));
        browser.screenshot("home-es");

        // Through the form: the sign-in is what takes on the remembered language.
        browser.signOut();
        browser.signIn(provider.adminEmail(), FIXTURE_PASSWORD);
        assertEquals("Usuarios", browser.text(By.id("menu-USERS")), "the language was remembered for the admin");
        browser.switchLanguage("EN");
        assertEquals("Users", browser.text(By.id("menu-USERS")));
    }

    @Test
    void aSalesAgentDoesNotSeeUsersAndItsAddressAnswersForbidden() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        browser.signInDirectly(newUser(provider, PartnerRole.SALES_AGENT), FIXTURE_PASSWORD);
        browser.switchLanguage("EN");
        browser.waitFor(By.id("menu-CUSTOMERS"));
        assertFalse(browser.isPresent(By.id("menu-USERS")));
        assertTrue(browser.isPresent(By.id("menu-BUSINESS_PROFILE")));

        browser.go("partner/users.xhtml");

        assertEquals("This page is not open to your role or to your kind of partner.", browser.text(By.id("error-text")));
        browser.screenshot("forbidden-en");
    }

    @Test
    void aWrongPasswordGetsOneGenericMessage() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        browser.signIn(partner.adminEmail(), "not-the-password");

        String message = browser.textOnceRendered(By.cssSelector(".ui-messages-error"));
        assertTrue(message.contains("Sign-in failed. Check your email and password"), message);
        assertTrue(browser.isPresent(By.id("login:email")), "still on the login page");

        browser.signIn("nobody-" + UUID.randomUUID() + "@it.example", FIXTURE_PASSWORD);
        assertEquals(message, browser.textOnceRendered(By.cssSelector(".ui-messages-error")),
                "same words for an unknown user");
        browser.screenshot("login-failed");
    }

    @Test
    void aPageOpenedBeforeSigningInIsShownAfterSigningIn() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        String helpdeskAgent = newUser(provider, PartnerRole.HELPDESK_AGENT);
        browser.go("partner/business-profile.xhtml");
        browser.type(By.id("login:email"), helpdeskAgent);
        browser.type(By.id("login:password"), FIXTURE_PASSWORD);
        browser.click(By.id("login:signIn"));

        assertEquals(provider.mpnId(), browser.text(By.id("show-mpnId")));
        assertFalse(browser.isPresent(By.id("profile:edit")), "only a Global admin edits the profile");
    }
}
