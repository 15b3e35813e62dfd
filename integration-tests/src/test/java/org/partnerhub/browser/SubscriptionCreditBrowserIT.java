package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A provider, in Spanish, orders for a customer it shares with its reseller, credits the order
 * to the reseller, and changes who is credited and who supports a subscription; a reseller, in
 * Portuguese, orders through its provider, which buys. Each order form shows what the order
 * comes to, in the page's language, before it is submitted.
 */
class SubscriptionCreditBrowserIT extends BrowserTest {

    private static final String NOBODY_CREDITED = "Vacío: ningún revendedor recibe el crédito de esta suscripción.";

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

        browser.openDialog(By.id("account:tabs:add-subscriptions"), "orderDialog");
        browser.choose("order:creditedReseller", reseller.name());
        browser.type(By.id("order:offers:1:licenses"), "3");
        browser.leave(By.id("order:offers:1:licenses"));
        assertEquals("24,00 US$", spaced(browser.textOnceRendered(By.cssSelector("#order\\:total .amount"))));
        assertEquals("Exchange Online (Plan 2)", browser.text(By.cssSelector("#order\\:lines .offer-name")));
        browser.click(By.id("order:submit"));
        assertEquals("El pedido se envió.", browser.textOnceRendered(By.id("messages")));
        assertEquals(reseller.name() + " (" + reseller.mpnId() + ")",
                browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .credited")));

        browser.openDialog(By.id("account:tabs:subscriptions:0:attribute"), "attributionDialog");
        browser.type(By.id("attribution:mpnId"), stranger.mpnId());
        browser.click(By.id("attribution:verify"));
        assertEquals("El MPN ID " + stranger.mpnId() + " no es de uno de sus revendedores indirectos activos.",
                browser.textOnceRendered(By.id("attribution:mpnId-message")));
        // Nobody credited, picked from the list of resellers or verified with the field empty: said next to the field.
        browser.choose("attribution:partnered", "Elija un revendedor");
        assertEquals(NOBODY_CREDITED, browser.textOnceRendered(By.id("attribution:mpnId-message")));
        assertEquals("", browser.waitFor(By.id("attribution:mpnId")).getDomProperty("value"));
        browser.type(By.id("attribution:mpnId"), " ");
        browser.click(By.id("attribution:verify"));
        assertEquals(NOBODY_CREDITED, browser.textOnceRendered(By.id("attribution:mpnId-message")));
        browser.type(By.id("attribution:mpnId"), reseller.mpnId());
        browser.click(By.id("attribution:verify"));
        assertEquals("Verificado: " + reseller.name(), browser.textOnceRendered(By.id("attribution:verified")));
        browser.choose("attribution:supportContact", reseller.name() + " (" + reseller.mpnId() + ")");
        browser.click(By.id("attribution:save"));
        // Not the order's message, still shown until the save's answer replaces it.
        assertEquals("Guardado: quién recibe el crédito y quién da soporte a la suscripción.",
                browser.textOnceRendered(By.id("messages")));
        assertEquals(reseller.name(), browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .support-contact")));
        browser.screenshot("subscription-credit-es");
    }

    @Test
    void aResellerOrdersThroughItsProviderWhichBecomesThePartnerOfRecord() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        long served = sharedCustomer(reseller, provider, "Revenda Atendida Ltda");
        long alone = customerOf(reseller.mpnId(), "Revenda Sozinha Ltda", null);
        browser.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + alone);
        browser.switchLanguage("PT_BR");
        browser.click(By.cssSelector("a[href*='subscriptionsTab']"));
        browser.openDialog(By.id("account:tabs:add-subscriptions"), "orderDialog");
        assertEquals("Nenhum dos seus provedores indiretos atende este cliente. Um provedor com relacionamento próprio"
                + " com o cliente compra para você.", browser.textOnceRendered(By.id("order:provider-hint")));
        assertFalse(browser.waitFor(By.id("order:submit")).isEnabled(), "no provider, no order");

        browser.go("customer/account.xhtml?customer=" + served);
        browser.click(By.cssSelector("a[href*='subscriptionsTab']"));
        browser.openDialog(By.id("account:tabs:add-subscriptions"), "orderDialog");
        assertEquals("Você vende por meio de um provedor indireto: ele compra e se torna o parceiro de registro,"
                + " e você recebe o crédito.", browser.textOnceRendered(By.id("order:provider-hint")));
        browser.choose("order:provider", provider.name());
        browser.type(By.id("order:offers:1:licenses"), "3");
        browser.leave(By.id("order:offers:1:licenses"));
        assertEquals("US$ 24,00", spaced(browser.textOnceRendered(By.cssSelector("#order\\:total .amount"))));
        assertEquals("Exchange Online (Plano 2)", browser.text(By.cssSelector("#order\\:lines .offer-name")));
        browser.click(By.id("order:submit"));
        assertEquals("O pedido foi enviado.", browser.textOnceRendered(By.id("messages")));
        assertEquals(provider.name(), browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .partner-of-record")));
        assertEquals(reseller.name() + " (" + reseller.mpnId() + ")",
                browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .credited")));
        browser.screenshot("order-through-provider-pt");
    }
}
