package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A provider, in Spanish, orders for a customer it shares with its reseller, credits the order
 * to the reseller, and changes who is credited and who supports a subscription.
 */
class SubscriptionCreditBrowserIT extends BrowserTest {

    @Test
    void aProviderCreditsAnOrderAndASubscriptionToItsReseller() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        TestPartner stranger = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        long customer = sharedCustomer(provider, reseller, "Compartida SA");
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + customer);
        browser.switchLanguage("ES");
        browser.click(By.cssSelector("a[href*='subscriptionsTab']"));

        browser.click(By.id("account:tabs:add-subscriptions"));
        browser.choose("order:creditedReseller", reseller.name());
        browser.type(By.id("order:offers:1:licenses"), "3");
        browser.click(By.id("order:submit"));
        assertEquals("El pedido se envió.", browser.textOnceRendered(By.id("messages")));
        assertEquals(reseller.name() + " (" + reseller.mpnId() + ")",
                browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .credited")));

        browser.click(By.id("account:tabs:subscriptions:0:attribute"));
        browser.type(By.id("attribution:mpnId"), stranger.mpnId());
        browser.click(By.id("attribution:verify"));
        assertEquals("El MPN ID " + stranger.mpnId() + " no es de uno de sus revendedores indirectos activos.",
                browser.textOnceRendered(By.id("attribution:mpnId-message")));
        browser.type(By.id("attribution:mpnId"), reseller.mpnId());
        browser.click(By.id("attribution:verify"));
        assertEquals("Verificado: " + reseller.name(), browser.textOnceRendered(By.id("attribution:verified")));
        browser.click(By.cssSelector("#attribution\\:supportContact label[for='attribution:supportContact:1']"));
        browser.click(By.id("attribution:save"));
        // Not the order's message, still shown until the save's answer replaces it.
        assertEquals("Guardado: quién recibe el crédito y quién da soporte a la suscripción.",
                browser.textOnceRendered(By.id("messages")));
        assertEquals("Revendedor acreditado",
                browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .support-contact")));
        browser.screenshot("subscription-credit-es");
    }
}
