package org.partnerhub.subscription;

import java.time.LocalDate;

/** How often a subscription is billed; the offer's price is per license and cycle, the term one cycle long. */
public enum BillingCycle {
    MONTHLY,
    ANNUAL;

    /** The end of a term that starts on this day. */
    public LocalDate termEndFrom(LocalDate start) {
        return this == ANNUAL ? start.plusYears(1) : start.plusMonths(1);
    }
}
