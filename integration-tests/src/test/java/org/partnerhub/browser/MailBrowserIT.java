package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.partner.PartnerType;

/**
 * Email that Partner Hub sends itself, through a real SMTP server (GreenMail, on the port the
 * servers under test are given in the POM): Send on a draft delivers the text as edited, to its
 * recipient, in the chosen language, with the personal link; while the mail server is down the
 * message waits and is sent once it is back.
 */
class MailBrowserIT extends BrowserTest {

    /** PARTNERHUB_SMTP_PORT in integration-tests/pom.xml. */
    private static final ServerSetup SMTP = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void sendDeliversTheDraftAsEditedAndRetriesWhileTheServerIsDown() throws Exception {
        smtp = new GreenMail(SMTP);
        smtp.start();
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "relationship/invite.xhtml");
        browser.switchLanguage("PT_BR");
        browser.type(By.id("invite:to"), "compras@cliente.example");
        browser.click(By.id("invite:create"));
        String link = browser.waitFor(By.id("draft")).getAttribute("data-link");
        String subject = browser.driver.findElement(By.id("draft:subject")).getAttribute("value");
        browser.type(By.id("draft:body"), "Olá, Ana: aceite por este link, por favor.\n\n" + link);
        browser.type(By.id("draft:subject"), " ");
        browser.click(By.id("draft:send"));
        assertEquals("Informe o assunto do e-mail.", browser.textOnceRendered(By.id("draft:subject-message")));
        browser.type(By.id("draft:subject"), subject);
        browser.click(By.id("draft:send"));

        assertEquals("O Partner Hub está enviando o e-mail para compras@cliente.example.",
                browser.textOnceRendered(By.id("messages")));
        browser.waitUntilText(By.id("draft:mail-status"), "Enviado para compras@cliente.example.");
        MimeMessage delivered = smtp.getReceivedMessages()[0];
        assertEquals("compras@cliente.example", delivered.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("partnerhub@it.example", delivered.getFrom()[0].toString());
        assertEquals(subject, delivered.getSubject(), "the subject as drafted, in Portuguese");
        assertTrue(subject.contains(partner.name()), subject);
        String body = ((String) delivered.getContent()).replace("\r\n", "\n");
        assertTrue(body.contains("Olá, Ana") && body.contains(link), "the text as edited, with the link: " + body);
        assertEquals(1, smtp.getReceivedMessages().length, "sent once");

        // The mail server goes away: the message waits, the page says so, and it goes out once it is back.
        smtp.stop();
        browser.go("relationship/invite.xhtml");
        browser.type(By.id("invite:to"), "ti@cliente.example");
        browser.click(By.id("invite:create"));
        browser.waitFor(By.id("draft"));
        browser.click(By.id("draft:send"));
        browser.waitUntilText(By.id("draft:mail-status"), "Ainda não enviado para ti@cliente.example");
        smtp = new GreenMail(SMTP);
        smtp.start();
        assertTrue(smtp.waitForIncomingEmail(60_000, 1), "sent once the server is back");
        assertEquals("ti@cliente.example", smtp.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0]
                .toString());
        browser.waitUntilText(By.id("draft:mail-status"), "Enviado para ti@cliente.example.");
    }

    @Test
    void aUserWhoAsksGetsItsNotificationsByEmailInItsLanguage() throws Exception {
        smtp = new GreenMail(SMTP);
        smtp.start();
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD, "notification/notifications.xhtml");
        browser.switchLanguage("ES");
        browser.click(By.cssSelector("#notifications\\:by-email .ui-chkbox-box"));
        assertEquals("Partner Hub también le enviará sus notificaciones por correo.",
                browser.textOnceRendered(By.id("messages")));

        Browser resellerSide = otherBrowser();
        resellerSide.signInDirectly(reseller.adminEmail(), FIXTURE_PASSWORD, "partnership/indirect-providers.xhtml");
        resellerSide.type(By.id("directory:search"), provider.name());
        resellerSide.textsOnceAllContain(By.cssSelector("#directory\\:providers .partner-name"), provider.name());
        resellerSide.click(By.id("directory:providers:0:ask"));

        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the provider's admin is told by email");
        MimeMessage told = smtp.getReceivedMessages()[0];
        assertEquals(provider.adminEmail(), told.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Partner Hub: Solicitud de asociación recibida", told.getSubject(), "in the language the admin uses");
        String body = (String) told.getContent();
        assertTrue(body.contains("http://localhost:8080/partnerhub/partnership/indirect-resellers.xhtml"), body);
        assertEquals(1, smtp.getReceivedMessages().length, "nobody else asked for email");
    }
}
