package org.partnerhub.relationship;

/** Where an invitation stands. EXPIRED is never stored: it is a PENDING one past its date. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    REVOKED
}
