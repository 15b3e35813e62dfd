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

/** One line of the audit log. Written once, never changed. Times are UTC. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

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

    protected AuditEvent() {
        // for JPA
    }

    /**
     * @param actorEmail who did it; null for the system itself (start-up, demo data)
     * @param partnerId  the tenant it happened in
     */
    public AuditEvent(String actorEmail, Long partnerId, AuditAction action, String target, Summary summary) {
        this.occurredAt = LocalDateTime.now(ZoneOffset.UTC);
        this.actorEmail = actorEmail;
        this.partnerId = partnerId;
        this.action = action;
        this.target = target;
        this.phrases = summary == null ? null : summary.encoded();
    }

    /** The event with its id, for lists read a page at a time. */
    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorEmail, action, target, summary());
    }

    public AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actorEmail, action, target, summary());
    }

    private Summary summary() {
        return Summary.decoded(phrases, summary);
    }
}
