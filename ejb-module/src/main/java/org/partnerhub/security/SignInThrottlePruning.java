package org.partnerhub.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Every unknown name someone tries leaves a row of failed sign-ins; this removes the rows whose
 * window and lock are over, every quarter of an hour. The timer is not persistent: each server
 * of a cluster runs its own, and a missed run is simply done at the next.
 */
@Singleton
@DenyAll
public class SignInThrottlePruning {

    private static final Logger LOG = Logger.getLogger(SignInThrottlePruning.class.getName());

    @Inject
    SignInThrottle throttle;

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void prune() {
        int removed = throttle.prune(LocalDateTime.now(ZoneOffset.UTC));
        if (removed > 0) {
            LOG.fine(() -> "Removed " + removed + " finished sign-in throttle rows");
        }
    }
}
