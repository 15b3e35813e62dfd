package org.partnerhub.mail;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every five seconds on every server (not persistent: a missed
 * run is done by the next): each message claimed by one server only, sent outside any
 * transaction, its outcome written down. A failure is tried again later; the log says why,
 * without the message's text.
 */
@Singleton
@Startup
@DenyAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailDelivery delivery;

    /** Reads the settings as the application starts: a wrong one stops the deployment now. */
    @PostConstruct
    void readSettings() {
        settings.isConfigured();
    }

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (!settings.isConfigured()) {
            return;
        }
        for (long id : delivery.due()) {
            delivery.claim(id).ifPresent(this::send);
        }
    }

    private void send(MailDelivery.Outgoing mail) {
        try {
            MimeMessage message = new MimeMessage(settings.session());
            message.setFrom(settings.from());
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Email " + mail.id() + " not sent, to be tried again: " + e);
            delivery.failed(mail.id(), e.toString());
            return;
        }
        // Outside the try: once the server took it, a failure to write that down must not send it twice.
        delivery.sent(mail.id());
    }
}
