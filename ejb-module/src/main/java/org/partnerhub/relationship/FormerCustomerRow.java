package org.partnerhub.relationship;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A customer the partner no longer serves, with when the last relationship was removed. */
public record FormerCustomerRow(long customerId, String companyName, String domainPrefix, LocalDateTime removedAt)
        implements Serializable {
}
