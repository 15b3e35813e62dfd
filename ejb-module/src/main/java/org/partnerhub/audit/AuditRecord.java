package org.partnerhub.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An audit event as a list read a page at a time shows it: with its id, the key of the next page,
 * and the ids of what it concerns (each null when the event does not know it): the customer, and
 * the subscription or referral its action is about ({@link AuditAction#subject()}).
 */
public record AuditRecord(long id, LocalDateTime occurredAt, String actor, AuditAction action, String target,
        Summary summary, Long customerId, Long subjectId) implements Serializable {
}
