package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What the README promises about the demo data, only read: the one browser test that uses the
 * demo users, and it changes nothing of theirs, not even a remembered language, so that no
 * test depends on what another did to the demo partners.
 */
class DemoDataBrowserIT extends BrowserTest {

    @Test
    void aDemoUserSignsInWithTheReadmePasswordAndSeesItsPartnerAndTheMenuOfItsRole() {
        browser.signIn("ana@contoso.example", DEMO_PASSWORD);

        assertTrue(browser.text(By.id("partner-name")).contains("Contoso Distribution"));
        // The menu by its entries, in whatever language Ana last chose: switching would change it.
        assertTrue(browser.isPresent(By.id("menu-USERS")), "a Global admin manages the users");
        assertTrue(browser.isPresent(By.id("menu-INDIRECT_RESELLERS")), "a provider has resellers");
        assertFalse(browser.isPresent(By.id("menu-INDIRECT_PROVIDERS")), "a provider has no providers page");
    }

    @Test
    void theDemoProviderHasAPartnerAndAPendingRequest() throws Exception {
        // Signed in directly, the page comes in the browser's English without switching, which
        // would change Bruno's remembered language.
        browser.signInDirectly("bruno@contoso.example", DEMO_PASSWORD, "partnership/indirect-resellers.xhtml");
        String partners = browser.text(By.id("partnerships:partners"));
        assertTrue(partners.contains("Fabrikam Solutions"), partners);
        String requests = browser.text(By.id("partnerships:requests"));
        assertTrue(requests.contains("Northwind IT") && requests.contains("Sent by you"), requests);
        browser.screenshot("demo-indirect-resellers-en");
    }
}
