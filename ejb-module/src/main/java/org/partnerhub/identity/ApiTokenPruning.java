package org.partnerhub.identity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Removes expired API tokens, and answers kept for retries longer than a day, every hour. Not persistent: each server of a cluster runs its own,
 * and a missed run is done at the next; a token is refused once expired whether removed or not.
 */
@Singleton
@DenyAll
public class ApiTokenPruning {

    @EJB
    ApiTokenService tokens;

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(minute = "7", hour = "*", persistent = false)
    void prune() {
        tokens.prune();
    }
}
