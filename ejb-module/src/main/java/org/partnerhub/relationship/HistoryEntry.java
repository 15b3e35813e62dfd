package org.partnerhub.relationship;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One step of a relationship's history: when, what, for which partner, by whom (a partner
 * user's email or a customer admin's user name; empty where nobody recorded it) and why.
 */
public record HistoryEntry(LocalDateTime at, HistoryStep step, String partnerName, String actor, String detail)
        implements Serializable {
}
