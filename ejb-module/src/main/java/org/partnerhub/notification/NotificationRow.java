package org.partnerhub.notification;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.audit.Summary;

/** A notification as its list shows it; its id is the key of the next page and of opening it. */
public record NotificationRow(long id, NotificationKind kind, Summary summary, String link, LocalDateTime createdAt,
        boolean read) implements Serializable {
}
