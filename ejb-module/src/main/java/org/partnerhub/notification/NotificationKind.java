package org.partnerhub.notification;

/** What a notification is about. Pages name each through the bundle ({@code notification.kind.<NAME>}). */
public enum NotificationKind {
    PARTNERSHIP_REQUEST_RECEIVED,
    PARTNERSHIP_ACCEPTED,
    PARTNERSHIP_DECLINED,
    TRANSFER_TO_APPROVE,
    TRANSFER_APPROVED,
    TRANSFER_REJECTED,
    INVITATION_ACCEPTED,
    INVITATION_DECLINED,
    ADMIN_RELATIONSHIP_APPROVED,
    ADMIN_RELATIONSHIP_DECLINED,
    ADMIN_RELATIONSHIP_EXPIRING,
    IMPORT_FINISHED,
    IMPORT_FAILED
}
