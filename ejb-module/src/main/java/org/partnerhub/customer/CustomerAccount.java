package org.partnerhub.customer;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A customer's account as the signed-in partner sees it, with the partner's relationship:
 * since when, and whether the customer granted it delegated admin privileges.
 */
public record CustomerAccount(long id, String domain, AccountInfo info, LocalDateTime createdAt,
        LocalDateTime relationshipSince, boolean delegatedAdmin) implements Serializable {
}
