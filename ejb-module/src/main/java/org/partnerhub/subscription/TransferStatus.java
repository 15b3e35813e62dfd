package org.partnerhub.subscription;

/** Where a transfer request stands. EXPIRED is never stored: it is a PENDING one past its date. */
public enum TransferStatus {
    PENDING,
    APPROVED,
    REJECTED,
    EXPIRED
}
