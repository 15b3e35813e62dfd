package org.partnerhub.adminrelationship;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An admin relationship as lists and the details show it, as of the moment it was read: its
 * status and end take expiry and auto-extension into account.
 */
public record AdminRelationshipRow(long id, long partnerId, String partnerName, long customerId, String customerName,
        String name, List<AdminRole> roles, int durationDays, boolean autoExtend, AdminRelationshipStatus status,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime linkExpiresAt, String answeredBy,
        LocalDateTime answeredAt, LocalDateTime endsAt, String terminatedBy, AdminRelationship.Side terminatedSide,
        LocalDateTime terminatedAt) implements Serializable {

    public static AdminRelationshipRow of(AdminRelationship relationship, LocalDateTime now) {
        return new AdminRelationshipRow(relationship.getId(), relationship.getPartner().getId(),
                relationship.getPartner().getName(), relationship.getCustomer().getId(),
                relationship.getCustomer().getCompanyName(), relationship.getName(),
                List.copyOf(relationship.getRoles()), relationship.getDurationDays(), relationship.isAutoExtend(),
                relationship.statusAt(now), relationship.getRequestedBy(), relationship.getRequestedAt(),
                relationship.getLinkExpiresAt(), relationship.getAnsweredBy(), relationship.getAnsweredAt(),
                relationship.endsAtAsOf(now), relationship.getTerminatedBy(), relationship.getTerminatedSide(),
                relationship.getTerminatedAt());
    }

    /** Whether its roles hold now: what either side may end. */
    public boolean isInForce() {
        return status.grants();
    }
}
