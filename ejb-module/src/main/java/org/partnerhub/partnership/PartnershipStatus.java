package org.partnerhub.partnership;

/** PENDING until the other side answers; DECLINED, REVOKED and ENDED are final. */
public enum PartnershipStatus {
    PENDING,
    ACTIVE,
    DECLINED,
    REVOKED,
    ENDED;

    /** A pending or active partnership: the pair may have no second one. */
    public boolean isOpen() {
        return this == PENDING || this == ACTIVE;
    }
}
