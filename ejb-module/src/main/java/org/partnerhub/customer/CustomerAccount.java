package org.partnerhub.customer;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.account.AccountInfo;

/**
 * A customer's account as the signed-in partner sees it, with the partner's relationship:
 * since when, whether the customer granted it delegated admin privileges, and whether the
 * partner lets the customer buy (self-service offers) through it.
 */
public record CustomerAccount(long id, String domain, AccountInfo info, LocalDateTime createdAt,
        LocalDateTime relationshipSince, boolean delegatedAdmin, boolean selfService) implements Serializable {
}
