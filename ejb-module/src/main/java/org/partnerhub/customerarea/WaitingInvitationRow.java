package org.partnerhub.customerarea;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An invitation waiting in a customer's area: one meant for this customer, still open. */
public record WaitingInvitationRow(long id, String partnerName, String partnerMpnId, String jointProviderName,
        LocalDateTime createdAt, LocalDateTime expiresAt) implements Serializable {
}
