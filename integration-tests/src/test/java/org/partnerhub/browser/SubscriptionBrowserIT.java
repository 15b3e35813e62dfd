package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * A provider's Global admin adds licenses and upgrades a subscription, and hides an offer it does
 * not sell; a customer buys its own services. Offers are named, described and priced in the
 * page's language.
 */
class SubscriptionBrowserIT extends BrowserTest {

    private static final long BUSINESS_BASIC = 1;

    @Test
    void licensesAreAddedAndTheSubscriptionIsUpgradedInPortuguese() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        long customer = customerOf(provider.mpnId(), "Licenças " + tag, BUSINESS_BASIC);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + customer + "&tab=1");
        browser.switchLanguage("PT_BR");
        assertEquals("Ativa", browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .status")));
        browser.click(By.id("account:tabs:subscriptions:0:manage"));

        assertEquals("10", browser.text(By.id("license-count")));
        browser.type(By.id("licenseChange:licenses"), "400");
        browser.click(By.id("licenseChange:save"));
        assertEquals("Escolha entre 1 e 300 licenças.", browser.textOnceRendered(By.id("licenseChange:licenses-message")));
        assertEquals("10", browser.text(By.id("license-count")), "nothing changed");
        browser.type(By.id("licenseChange:licenses"), "25");
        browser.click(By.id("licenseChange:save"));
        assertEquals("O número de licenças foi alterado.", browser.textOnceRendered(By.id("messages")));
        browser.waitUntilText(By.id("license-count"), "25");
        browser.screenshot("subscription-licenses-pt-BR");

        browser.choose("upgrade:offer", "Microsoft 365 Business Premium");
        browser.click(By.id("upgrade:go"));
        assertEquals("Atualizada: esta é a nova assinatura, com as mesmas licenças.", browser.textOnceRendered(By.id("messages")));
        assertEquals("Microsoft 365 Business Premium", browser.text(By.cssSelector("main h1")));
        assertEquals("25", browser.text(By.id("license-count")));
        browser.click(By.id("back"));
        assertEquals(List.of("Cancelada", "Ativa"), texts(browser, By.cssSelector("#account\\:tabs\\:subscriptions .status")));
        browser.screenshot("subscription-upgraded-pt-BR");
    }

    @Test
    void aProviderHidesAnOfferItDoesNotSellAndShowsItAgain() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "subscription/catalog.xhtml");
        browser.switchLanguage("ES");
        browser.type(By.id("catalog:search"), "office 365");
        assertEquals(List.of("Office 365 E3", "Office 365 E5"),
                browser.textsOnceAllContain(By.cssSelector("#catalog\\:offers .offer-name"), "Office 365"));
        assertEquals("Office 365 E5", browser.text(By.cssSelector("#catalog\\:offers tr:first-child .upgrades")));
        assertEquals("276,00 US$", spaced(browser.text(By.cssSelector("#catalog\\:offers tr:first-child .price"))));
        assertTrue(browser.text(By.cssSelector("#catalog\\:offers tr:first-child .offer-description"))
                .startsWith("Aplicaciones de Office, correo electrónico"));
        browser.click(By.id("catalog:offers:1:toggle"));
        assertEquals("Office 365 E5 se ocultó de sus formularios de pedido.", browser.textOnceRendered(By.id("messages")));
        browser.waitUntilText(By.cssSelector("#catalog\\:offers tr:nth-child(2) .sold"), "No (oculta)");
        browser.screenshot("catalog-hidden-es");
        browser.click(By.id("catalog:offers:1:toggle"));
        String shownAgain = browser.textOnceRendered(By.id("messages"));
        assertTrue(shownAgain.contains("vuelve a estar"), shownAgain);
        browser.waitUntilText(By.cssSelector("#catalog\\:offers tr:nth-child(2) .sold"), "Sí");
    }

    @Test
    void theHolderRejectsATransferGivingItsReasonInTheDialog() throws Exception {
        TestPartner holder = newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner requester = newPartner(PartnerType.DIRECT_RESELLER);
        openTransferRequest(holder, requester, "Retenida " + holder.mpnId());
        browser.click(By.cssSelector("#request\\:subscriptions .ui-chkbox-box"));
        browser.click(By.id("request:send"));
        assertTrue(browser.textOnceRendered(By.id("messages")).startsWith("The request was sent"));

        Browser holderSide = otherBrowser();
        holderSide.signInDirectly(holder.adminEmail(), FIXTURE_PASSWORD, "subscription/transfers.xhtml");
        holderSide.switchLanguage("EN");
        holderSide.openDialog(By.id("transfers:table:0:reject"), "rejectDialog");
        holderSide.click(By.id("reject:confirm"));
        assertEquals("Give a reason.", holderSide.textOnceRendered(By.id("reject:reason-message")));
        holderSide.type(By.id("reject:reason"), "The customer renews with us next month.");
        holderSide.click(By.id("reject:confirm"));
        assertEquals("The request of " + requester.name() + " was rejected.", holderSide.textOnceRendered(By.id("messages")));
        assertEquals("Rejected", holderSide.text(By.cssSelector("#transfers\\:table .status")));

        browser.go("subscription/transfers.xhtml");
        assertEquals("Rejected", browser.textOnceRendered(By.cssSelector("#transfers\\:table .status")));
    }

    @Test
    void aTransferRequestedByOnePartnerIsApprovedByTheOther() throws Exception {
        TestPartner holder = newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner requester = newPartner(PartnerType.DIRECT_RESELLER);
        long customer = openTransferRequest(holder, requester, "Transferida " + holder.mpnId());
        browser.click(By.id("request:send"));
        assertEquals("Choose at least one subscription.", browser.textOnceRendered(By.id("request:subscriptions-message")));
        browser.click(By.cssSelector("#request\\:subscriptions .ui-chkbox-box"));
        browser.click(By.id("request:send"));
        assertTrue(browser.textOnceRendered(By.id("messages")).startsWith("The request was sent"));
        assertEquals("Asked by you", browser.text(By.cssSelector("#transfers\\:table .direction")));
        assertEquals("Pending", browser.text(By.cssSelector("#transfers\\:table .status")));

        Browser holderSide = otherBrowser();
        holderSide.signInDirectly(holder.adminEmail(), FIXTURE_PASSWORD, "subscription/transfers.xhtml");
        holderSide.switchLanguage("PT_BR");
        assertEquals("Pede as suas", holderSide.text(By.cssSelector("#transfers\\:table .direction")));
        assertEquals("Microsoft 365 Business Basic (10)", holderSide.text(By.cssSelector("#transfers\\:table .subscriptions")));
        holderSide.click(By.id("transfers:table:0:approve"));
        holderSide.confirm();
        assertEquals("Aprovada: as assinaturas agora pertencem a " + requester.name() + ".",
                holderSide.textOnceRendered(By.id("messages")));
        // The approval's answer rendered the table again along with the message.
        assertEquals("Aprovada", holderSide.text(By.cssSelector("#transfers\\:table .status")));
        holderSide.screenshot("transfer-approved-pt-BR");

        browser.go("customer/account.xhtml?customer=" + customer + "&tab=1");
        assertEquals(requester.name(), browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .partner-of-record")));
        browser.click(By.id("account:tabs:subscriptions:0:manage"));
        browser.waitFor(By.id("licenseChange:save"));
    }

    @Test
    void aCustomerAllowedByItsPartnerBuysItsOwnServicesInSpanish() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        CustomerAdmin customer = customerWithAdmin(partner, "Autoservicio " + partner.mpnId());
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + customer.customerId());
        browser.switchLanguage("EN");
        assertEquals("No", browser.text(By.cssSelector("#account .self-service")));
        browser.click(By.id("account:tabs:self-service"));
        browser.confirm();
        assertTrue(browser.textOnceRendered(By.id("messages")).startsWith("The customer may now buy"));
        browser.waitUntilText(By.cssSelector("#account .self-service"), "Yes, through you");

        Browser customerSide = otherBrowser();
        customerSide.signInDirectly(customer.userName(), FIXTURE_PASSWORD);
        customerSide.switchLanguage("ES");
        customerSide.click(By.id("menu-BUY"));
        List<String> offers = texts(customerSide, By.cssSelector("#buy\\:offers .offer-name"));
        assertEquals("Microsoft 365 Empresa Básico", offers.get(2));
        assertTrue(!offers.contains("Office 365 E3"), "only offers for customers: " + offers);
        customerSide.type(By.id("buy:offers:2:licenses"), "3");
        customerSide.leave(By.id("buy:offers:2:licenses"));
        assertEquals("18,00 US$", spaced(customerSide.textOnceRendered(By.cssSelector("#buy\\:total .amount"))));
        customerSide.click(By.id("buy:submit"));
        assertEquals("Su pedido se realizó. Las suscripciones aparecen con su socio.",
                customerSide.textOnceRendered(By.id("messages")));
        customerSide.screenshot("customer-area-buy-es");
        // The customer sees what it bought, with the partner it bought through.
        customerSide.click(By.id("menu-MY_PARTNERS"));
        assertEquals("Microsoft 365 Empresa Básico",
                customerSide.text(By.cssSelector("#myPartners\\:subscriptions .offer-name")));
        assertEquals(partner.name(), customerSide.text(By.cssSelector("#myPartners\\:subscriptions .partner-of-record")));

        browser.go("customer/account.xhtml?customer=" + customer.customerId() + "&tab=1");
        assertEquals("Microsoft 365 Business Basic", browser.text(By.cssSelector("#account\\:tabs\\:subscriptions .offer-name")));
    }

    /**
     * A customer of the holder, served by the requester too, with one subscription: the requester
     * signed in (English) on the page that asks for its transfer. Returns the customer.
     */
    private long openTransferRequest(TestPartner holder, TestPartner requester, String company) throws Exception {
        long customer = sharedCustomer(holder, requester, company, BUSINESS_BASIC);
        browser.signInDirectly(requester.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + customer + "&tab=1");
        browser.switchLanguage("EN");
        browser.click(By.id("account:tabs:request-transfer"));
        return customer;
    }
}
