package org.partnerhub.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.Properties;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * The SMTP server, from {@code PARTNERHUB_SMTP_*}, read at start-up ({@link MailSender} asks
 * first): a wrong port or sender address stops the deployment with one line instead of failing
 * the first message. Unset
 * ({@code PARTNERHUB_SMTP_HOST} empty), Partner Hub sends nothing.
 */
@ApplicationScoped
public class MailSettings {

    /** How long one connection may take to open, answer or accept a message, so a dead server holds no timer. */
    private static final String TIMEOUT_MILLIS = "10000";

    private Session session;
    private InternetAddress from;

    @PostConstruct
    void read() {
        Optional<String> host = Settings.SMTP_HOST.value();
        if (host.isEmpty()) {
            return;
        }
        String port = Settings.SMTP_PORT.value().orElse("25");
        if (!port.matches("[1-9][0-9]{0,4}") || Integer.parseInt(port) > 65535) {
            throw new InvalidSettingException("must be a port number from 1 to 65535, not " + port, Settings.SMTP_PORT)
                    .reported();
        }
        String sender = Settings.SMTP_FROM.value().orElseThrow(() -> new InvalidSettingException(
                "must name the sender address (such as partnerhub@example.com) when an SMTP host is set",
                Settings.SMTP_FROM).reported());
        try {
            from = new InternetAddress(sender, true);
        } catch (AddressException e) {
            throw new InvalidSettingException("must be an email address, not " + sender, Settings.SMTP_FROM).reported();
        }
        Optional<String> user = Settings.SMTP_USER.value();
        Optional<String> password = Settings.SMTP_PASSWORD.value();
        if (user.isPresent() != password.isPresent()) {
            throw new InvalidSettingException("must be set together", Settings.SMTP_USER, Settings.SMTP_PASSWORD)
                    .reported();
        }
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", port);
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (Settings.SMTP_TLS.isTrue()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            PasswordAuthentication credentials = new PasswordAuthentication(user.get(), password.get());
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return credentials;
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    public boolean isConfigured() {
        return session != null;
    }

    public Session session() {
        return session;
    }

    public InternetAddress from() {
        return from;
    }
}
