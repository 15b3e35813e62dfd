package org.partnerhub.relationship;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One of the partner's invitations as its list shows it, with its status as of now; customerName
 * is who accepted, forCustomerName the former customer a re-establishing invitation is meant for.
 */
public record InvitationRow(long id, InvitationStatus status, String jointProviderName, String createdBy,
        LocalDateTime createdAt, LocalDateTime expiresAt, String customerName, String forCustomerName) implements Serializable {

    public boolean isOpen() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
    }
}
