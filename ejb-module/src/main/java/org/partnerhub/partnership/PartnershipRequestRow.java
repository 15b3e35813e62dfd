package org.partnerhub.partnership;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A request seen from the caller's side: pending incoming ones it may accept or decline,
 * pending outgoing ones it may resend (a link) or revoke, and the caller's own that the other
 * side declined lately ({@code declined}), with the reason it gave, if any. Sent by and at: who
 * sent it last (the asker, or whoever sent its link again).
 */
public record PartnershipRequestRow(long partnershipId, String otherName, String otherMpnId, boolean incoming,
        String sentBy, LocalDateTime sentAt, LocalDateTime linkExpiresAt, boolean expired,
        boolean declined, LocalDateTime declinedAt, String declineReason)
        implements Serializable {

    public boolean hasLink() {
        return linkExpiresAt != null;
    }
}
