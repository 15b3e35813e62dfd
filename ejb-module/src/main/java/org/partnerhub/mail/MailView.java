package org.partnerhub.mail;

import java.io.Serializable;
import java.time.LocalDateTime;

/** How a queued message's sending went, as its draft page shows it. */
public record MailView(Long id, String recipient, MailStatus status, int attempts, String lastError,
        LocalDateTime sentAt) implements Serializable {

    /** Tried and failed, and will be tried again. */
    public boolean isRetrying() {
        return status == MailStatus.PENDING && attempts > 0;
    }
}
