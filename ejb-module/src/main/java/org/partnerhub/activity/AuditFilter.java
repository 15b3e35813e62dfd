package org.partnerhub.activity;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.audit.AuditAction;

/**
 * Which of a partner's audit events a reader looks at; each part null for any. {@code from} is
 * inclusive and {@code to} exclusive (UTC); {@code actor} is who did it as the log names them (a
 * user's email, "API client" and a client's name); {@code text} is found in the event's target
 * and in the names, numbers and reasons of its summary, in any case.
 */
public record AuditFilter(LocalDateTime from, LocalDateTime to,
        @Size(max = AuditFilter.MAX_TEXT, message = "{partnerhub.size.max}") String actor, AuditAction action,
        Long customerId, @Size(max = AuditFilter.MAX_TEXT, message = "{partnerhub.size.max}") String text)
        implements Serializable {

    /** The longest actor or text looked for: a user's email, or a few words. */
    public static final int MAX_TEXT = 254;

    public AuditFilter {
        actor = blankToNull(actor);
        text = blankToNull(text);
    }

    /** Every event. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter between(LocalDateTime newFrom, LocalDateTime newTo) {
        return new AuditFilter(newFrom, newTo, actor, action, customerId, text);
    }

    public AuditFilter by(String newActor) {
        return new AuditFilter(from, to, newActor, action, customerId, text);
    }

    public AuditFilter of(AuditAction newAction) {
        return new AuditFilter(from, to, actor, newAction, customerId, text);
    }

    public AuditFilter about(Long newCustomerId) {
        return new AuditFilter(from, to, actor, action, newCustomerId, text);
    }

    public AuditFilter containing(String newText) {
        return new AuditFilter(from, to, actor, action, customerId, newText);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
