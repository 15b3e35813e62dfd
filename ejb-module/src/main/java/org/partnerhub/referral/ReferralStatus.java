package org.partnerhub.referral;

import java.util.Set;

/**
 * Where a lead stands. A lead the partner keeps starts NEW; one a provider refers to a reseller
 * starts PENDING until the reseller accepts or declines it. A lead being worked (NEW or
 * ACCEPTED) is contacted, then won or lost; a declined lead goes back to the provider, which
 * refers it again or keeps it.
 */
public enum ReferralStatus {
    NEW, PENDING, ACCEPTED, DECLINED, CONTACTED, WON, LOST;

    /** The states this one may move to: any other change is out of order. */
    Set<ReferralStatus> next() {
        return switch (this) {
            case NEW -> Set.of(CONTACTED, LOST, PENDING);
            case ACCEPTED -> Set.of(CONTACTED, LOST);
            case PENDING -> Set.of(ACCEPTED, DECLINED);
            case DECLINED -> Set.of(PENDING, NEW);
            case CONTACTED -> Set.of(WON, LOST);
            case WON, LOST -> Set.of();
        };
    }

    /** Still to be worked by its assignee: neither waiting for an answer nor closed. */
    public boolean isOpen() {
        return this == NEW || this == ACCEPTED || this == CONTACTED;
    }
}
