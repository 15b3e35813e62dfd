package org.partnerhub.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerhub.security.SealingKey;

/**
 * Queues a message in the caller's transaction: it is sent (by {@link MailSender}) only if that
 * transaction commits, and never lost if the mail server is down meanwhile.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    SealingKey sealingKey;

    /** The message's id, for its status; refused (IllegalStateException) when no SMTP server is configured. */
    public long queue(long partnerId, String recipient, String subject, String body, String createdBy) {
        if (!settings.isConfigured()) {
            throw new IllegalStateException("no SMTP server is configured");
        }
        String sealed = sealingKey.seal(body.getBytes(StandardCharsets.UTF_8), OutgoingMail.sealedFor(partnerId, recipient));
        OutgoingMail mail = new OutgoingMail(partnerId, recipient, subject, sealed, createdBy,
                LocalDateTime.now(ZoneOffset.UTC));
        // Its id comes from the sequence on persist: no flush, so a queued email never makes the
        // caller's change fail sooner than its own commit would.
        em.persist(mail);
        return mail.getId();
    }
}
