package org.partnerhub.relationship;

/** A step in the life of a partner's relationship with a customer, as its timeline shows it. */
public enum HistoryStep {
    INVITED,
    ACCEPTED,
    DECLINED,
    ESTABLISHED,
    RE_ESTABLISHED,
    REMOVED,
    ADMIN_REQUESTED,
    ADMIN_APPROVED,
    ADMIN_DECLINED,
    ADMIN_TERMINATED,
    ADMIN_EXPIRED
}
