package org.partnerhub.customer;

/** The orders the customer list offers; each is backed by the database, not sorted in Java. */
public enum CustomerSort {
    NAME,
    CREATED
}
