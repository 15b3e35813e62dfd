package org.partnerhub.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A message Partner Hub sends: to whom, what, for which partner, and how its sending went. Tried
 * again after a failure, twice as late each time from {@link #RETRY_AFTER} (at most an hour
 * apart: a mail server down for half a day still gets it), until {@link #MAX_ATTEMPTS}; then it
 * stays failed, with the last error.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    static final int MAX_ATTEMPTS = 20;
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    /**
     * The text, sealed ({@link org.partnerhub.security.SealingKey}): it holds a personal link,
     * which the database keeps nowhere else but as a hash.
     */
    @Column(name = "sealed_body", nullable = false, updatable = false)
    private String sealedBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    /** Until when one server is sending it: another leaves it alone meanwhile. */
    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutgoingMail() {
        // for JPA
    }

    OutgoingMail(long partnerId, String recipient, String subject, String sealedBody, String createdBy,
            LocalDateTime now) {
        this.partnerId = partnerId;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.sealedBody = Objects.requireNonNull(sealedBody, "sealedBody");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(LocalDateTime now) {
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        claimedUntil = null;
    }

    void failed(String error, LocalDateTime now) {
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            return;
        }
        Duration wait = attempts > 12 ? LONGEST_WAIT : RETRY_AFTER.multipliedBy(1L << (attempts - 1));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public Long getId() {
        return id;
    }

    LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    long getPartnerId() {
        return partnerId;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getSealedBody() {
        return sealedBody;
    }

    /** What a body is sealed for: a message's own, so that one cannot stand in for another's. */
    static String sealedFor(long partnerId, String recipient) {
        return "mail:" + partnerId + ":" + recipient;
    }

    MailView toView() {
        return new MailView(id, recipient, status, attempts, lastError, sentAt);
    }
}
