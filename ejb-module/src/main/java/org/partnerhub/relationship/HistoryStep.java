package org.partnerhub.relationship;

/** A step in the life of a partner's relationship with a customer, as its timeline shows it. */
public enum HistoryStep {
    INVITED,
    ACCEPTED,
    DECLINED,
    ESTABLISHED,
    RE_ESTABLISHED,
    REMOVED
}
