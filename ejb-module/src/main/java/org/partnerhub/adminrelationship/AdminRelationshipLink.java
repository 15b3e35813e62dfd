package org.partnerhub.adminrelationship;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.shared.LinkToken;

/** A new approval link, shown once to the partner that asked (it drafts the email with it). */
public record AdminRelationshipLink(long relationshipId, String customerName, String partnerName, LinkToken token,
        LocalDateTime expiresAt) implements Serializable {
}
