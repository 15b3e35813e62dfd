package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A transfer request as the partners' list shows it: incoming when the caller is the partner of
 * record asked to approve, outgoing when the caller asked. The status is as of now. An indirect
 * reseller's request names the provider that will be partner of record ({@code viaProviderName},
 * else null).
 */
public record TransferRow(long id, boolean incoming, long customerId, String customerName, String otherPartnerName,
        String subscriptions, List<Long> subscriptionIds, TransferStatus status, String requestedBy,
        LocalDateTime requestedAt, LocalDateTime expiresAt, String decidedBy, String decisionReason,
        String viaProviderName)
        implements Serializable {

    public boolean isOpen() {
        return status == TransferStatus.PENDING;
    }
}
