package org.partnerhub.customeruser;

/** Where an import of users stands. */
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
