package org.partnerhub.adminrelationship;

/**
 * Where an admin relationship stands at a moment. Stored are only PENDING_APPROVAL, ACTIVE,
 * DECLINED and TERMINATED; EXPIRING and EXPIRED are worked out from the dates when read.
 */
public enum AdminRelationshipStatus {
    PENDING_APPROVAL,
    ACTIVE,
    /** Active, and ending within {@link AdminRelationship#EXPIRING_WITHIN} without auto-extension. */
    EXPIRING,
    /** Its time ran out, or its approval link did before the customer answered. */
    EXPIRED,
    DECLINED,
    TERMINATED;

    /** Whether it grants its roles now. */
    public boolean grants() {
        return this == ACTIVE || this == EXPIRING;
    }
}
