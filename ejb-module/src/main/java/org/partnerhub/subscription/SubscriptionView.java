package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One subscription as its page shows it: the row, its customer, whether the caller may change
 * it (bought through the caller), until when licenses may be decreased, the offers it may be
 * upgraded to, and the subscriptions an upgrade linked it with.
 */
public record SubscriptionView(SubscriptionRow row, long customerId, String customerName, boolean mine,
        LocalDateTime decreaseAllowedUntil, List<OfferRow> upgradeOptions, Long upgradedFromId, Long upgradedToId)
        implements Serializable {
}
