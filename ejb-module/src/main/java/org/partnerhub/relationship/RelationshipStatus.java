package org.partnerhub.relationship;

/** Whether a partner may act for the customer now. */
public enum RelationshipStatus {
    ACTIVE,
    REMOVED
}
