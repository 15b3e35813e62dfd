package org.partnerhub.channel;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The other side of one of the caller's active partnerships, with the customers both serve
 * and the active subscriptions credited to the reseller through the provider.
 */
public record PartnerRow(long partnershipId, long partnerId, String name, String mpnId, String country,
        String contactEmail, LocalDateTime since, long customers, long subscriptions) implements Serializable {
}
