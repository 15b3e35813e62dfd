package org.partnerhub.customerarea;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.RelationshipStatus;

/** One of a customer's relationships as its area shows it: who, since when, until when, with which privileges. */
public record MyPartnerRow(String partnerName, String mpnId, PartnerType partnerType, RelationshipStatus status,
        LocalDateTime since, LocalDateTime removedAt, boolean delegatedAdmin) implements Serializable {
}
