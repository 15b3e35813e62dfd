package org.partnerhub.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.partnerhub.security.SealingKey;

/**
 * The outbox's own rows, each step in a transaction of its own (a CDI bean: the timer that
 * calls it has no caller, and nothing else may), so that sending (which takes
 * seconds when a server is slow) holds no transaction: which messages are due, claiming one (a
 * server that claimed it sends it; another leaves it for {@link #CLAIM}), and the outcome.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailDelivery {

    /** Longer than one sending may take (its timeouts are 10 s each). */
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    SealingKey sealingKey;

    public List<Long> due() {
        LocalDateTime now = now();
        return em.createQuery("""
                        select m.id from OutgoingMail m
                        where m.status = org.partnerhub.mail.MailStatus.PENDING and m.nextAttemptAt <= :now
                          and (m.claimedUntil is null or m.claimedUntil < :now)
                        order by m.nextAttemptAt, m.id""", Long.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** The message, if this server now holds it: one update, which only one server's succeeds. */
    public Optional<Outgoing> claim(long mailId) {
        LocalDateTime now = now();
        int claimed = em.createQuery("""
                        update OutgoingMail m set m.claimedUntil = :until
                        where m.id = :id and m.status = org.partnerhub.mail.MailStatus.PENDING
                          and (m.claimedUntil is null or m.claimedUntil < :now)""")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", mailId)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        OutgoingMail mail = em.find(OutgoingMail.class, mailId);
        em.refresh(mail);
        Optional<byte[]> body = sealingKey.open(mail.getSealedBody(), OutgoingMail.sealedFor(mail.getPartnerId(),
                mail.getRecipient()));
        if (body.isEmpty()) {
            // Sealed with another key: another server's, or this one's before a restart without
            // PARTNERHUB_SEALING_KEY. An attempt like any other: the claim is released, another
            // server may open it, and after the last attempt it stays failed, saying why.
            mail.failed("sealed with another PARTNERHUB_SEALING_KEY than this server's", now);
            return Optional.empty();
        }
        return Optional.of(new Outgoing(mail.getId(), mail.getRecipient(), mail.getSubject(),
                new String(body.get(), StandardCharsets.UTF_8)));
    }

    public void sent(long mailId) {
        em.find(OutgoingMail.class, mailId).sent(now());
    }

    public void failed(long mailId, String error) {
        em.find(OutgoingMail.class, mailId).failed(error, now());
    }

    /** What a claimed message is made of, to send without its row. */
    public record Outgoing(long id, String recipient, String subject, String body) {
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
