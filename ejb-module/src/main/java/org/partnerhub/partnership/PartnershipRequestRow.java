package org.partnerhub.partnership;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A pending request, seen from the caller's side: incoming ones it may accept or decline,
 * outgoing ones it may resend (a link) or revoke.
 */
public record PartnershipRequestRow(long partnershipId, String otherName, String otherMpnId, boolean incoming,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime linkExpiresAt, boolean expired)
        implements Serializable {

    public boolean hasLink() {
        return linkExpiresAt != null;
    }
}
