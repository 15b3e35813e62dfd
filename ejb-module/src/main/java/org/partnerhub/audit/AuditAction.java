package org.partnerhub.audit;

/** What happened. Pages show these through the message bundle ({@code audit.action.<NAME>}). */
public enum AuditAction {
    PARTNER_REGISTERED,
    SIGNED_IN,
    PROFILE_CHANGED,
    USER_ADDED,
    ROLES_CHANGED,
    USER_DEACTIVATED,
    CUSTOMER_CREATED,
    ACCOUNT_UPDATED,
    ORDER_SUBMITTED,
    RELATIONSHIP_REMOVED,
    PARTNERSHIP_REQUESTED,
    PARTNERSHIP_LINK_RENEWED,
    PARTNERSHIP_ACCEPTED,
    PARTNERSHIP_DECLINED,
    PARTNERSHIP_REVOKED,
    PARTNERSHIP_ENDED
}
