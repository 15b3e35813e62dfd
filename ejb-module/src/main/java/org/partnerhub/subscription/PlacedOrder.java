package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** An order as it was placed: its id and time, and the subscription each line made. */
public record PlacedOrder(long id, LocalDateTime submittedAt, List<Line> lines) implements Serializable {

    /** One line: the offer (its catalog code too), the licenses, and the subscription it made. */
    public record Line(long offerId, String offerCode, BillingCycle billingCycle, int licenses, long subscriptionId)
            implements Serializable {
    }
}
