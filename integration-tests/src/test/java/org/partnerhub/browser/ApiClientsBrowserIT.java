package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.api.Api;
import org.partnerhub.partner.PartnerType;

/**
 * What a new user of the API does first, through the real pages: a Global admin registers an
 * API client, copies its id and secret (shown once), and the integration gets a token with them;
 * disabling the client on the same page ends that token at once.
 */
class ApiClientsBrowserIT extends BrowserTest {

    @Test
    void aGlobalAdminRegistersAClientWhoseSecretIsShownOnceAndDisablingItEndsItsToken() throws Exception {
        TestPartner partner = newPartner(PartnerType.INDIRECT_PROVIDER);
        long customer = customerOf(partner.mpnId(), "Api Page Customer Ltd", null);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "partner/users.xhtml");
        browser.switchLanguage("EN");
        browser.click(By.id("users:api-clients"));

        browser.openDialog(By.id("clients:register"), "registerDialog");
        browser.type(By.id("register:name"), " ");
        browser.click(By.id("register:save"));
        assertEquals("Required.", browser.textOnceRendered(By.id("register:name-message")));
        browser.type(By.id("register:name"), "Billing sync");
        browser.choose("register:role", "Sales agent");
        browser.click(By.id("register:save"));
        String clientId = browser.text(By.id("shown-client-id"));
        String secret = browser.text(By.id("shown-secret"));
        browser.screenshot("api-client-registered-en");

        Api api = new Api(base);
        String token = api.token(new String[] {clientId, secret});
        assertEquals(200, api.get(token, "customers/" + customer).statusCode(), "the integration reads a customer");

        browser.go("partner/api-clients.xhtml");
        assertFalse(browser.isPresent(By.id("shown-secret")), "the secret is shown once only");
        assertTrue(browser.text(By.id("clients:table")).contains(clientId));
        browser.click(By.id("clients:table:0:disable"));
        assertEquals("API client Billing sync is disabled: its tokens no longer work.",
                browser.textOnceRendered(By.id("messages")));
        assertEquals(401, api.get(token, "customers/" + customer).statusCode(), "a disabled client's token");
    }
}
