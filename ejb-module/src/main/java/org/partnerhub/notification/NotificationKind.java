package org.partnerhub.notification;

/** What a notification is about, named by the notification centre's own bundle ({@code kind.<NAME>} in notification.texts). */
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
    IMPORT_FAILED,
    REFERRAL_RECEIVED,
    REFERRAL_ACCEPTED,
    REFERRAL_DECLINED
}
