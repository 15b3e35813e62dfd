package org.partnerhub.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An audit event as a list read a page at a time shows it: with its id, the key of the next page. */
public record AuditRecord(long id, LocalDateTime occurredAt, String actor, AuditAction action, String target,
        Summary summary) implements Serializable {
}
