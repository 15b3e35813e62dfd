package org.partnerhub.mail;

/** Where a queued message stands: waiting (first try or a retry), sent, or given up after its last try. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
