package org.partnerhub.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An audit event as a list shows it. */
public record AuditEntry(LocalDateTime occurredAt, String actorEmail, AuditAction action,
        String target, Summary summary) implements Serializable {
}
