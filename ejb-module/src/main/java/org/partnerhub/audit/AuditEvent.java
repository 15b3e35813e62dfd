package org.partnerhub.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** One line of the audit log. Written once, never changed. Times are UTC. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The search_text column's length: a target and a summary's stored form always fit. */
    static final int SEARCH_LENGTH = 2400;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(updatable = false)
    private String target;

    /** The text of events recorded before summaries had codes; null since. */
    @Column(updatable = false)
    private String summary;

    /** What happened, as message codes and arguments (Summary): each reader's language. */
    @Column(updatable = false)
    private String phrases;

    /** The customer it concerns, when the recording service knew it (AuditTarget). */
    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    /** The subscription or referral it concerns, as its action says (AuditAction.subject). */
    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    /**
     * What the log's free-text filter searches: the target and the names, numbers and reasons
     * the summary carries, in lower case ({@link #searchKey}), without the wording around them,
     * which is each reader's language and so not what was stored.
     */
    @Column(name = "search_text", updatable = false)
    private String searchText;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * @param actorEmail who did it; null for the system itself (start-up, demo data)
     * @param partnerId  the tenant it happened in
     */
    public AuditEvent(String actorEmail, Long partnerId, AuditAction action, String target, Summary summary) {
        this(actorEmail, partnerId, action, AuditTarget.named(target), summary);
    }

    /** The same, about a customer or a thing of the action's kind ({@link AuditTarget}). */
    public AuditEvent(String actorEmail, Long partnerId, AuditAction action, AuditTarget target, Summary summary) {
        if (target.subject() != AuditAction.Subject.NONE && target.subject() != action.subject()) {
            throw new IllegalArgumentException(action + " is not about a " + target.subject());
        }
        this.occurredAt = LocalDateTime.now(ZoneOffset.UTC);
        this.actorEmail = actorEmail;
        this.partnerId = partnerId;
        this.action = action;
        this.target = target.name();
        this.customerId = target.customerId();
        this.subjectId = target.subjectId();
        this.phrases = summary == null ? null : summary.encoded();
        this.searchText = searchText(this.target, Summary.decoded(phrases, null));
    }

    /** The text the free-text filter matches, and what it is matched with: lower case, in no language's rules. */
    public static String searchKey(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /** The target and the summary's own words, as stored (a summary too long for the column lost its last phrases). */
    static String searchText(String target, Summary stored) {
        String text = searchKey(((target == null ? "" : target) + " " + (stored == null ? "" : stored.searchable())));
        return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), SEARCH_LENGTH));
    }

    /** The event with its id, for lists read a page at a time. */
    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorEmail, action, target, summary(), customerId, subjectId);
    }

    public AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actorEmail, action, target, summary());
    }

    private Summary summary() {
        return Summary.decoded(phrases, summary);
    }
}
