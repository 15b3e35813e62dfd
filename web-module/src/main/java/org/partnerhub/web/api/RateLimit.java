package org.partnerhub.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * Each API client may make {@code PARTNERHUB_API_RATE_LIMIT} requests a minute (600 unless set)
 * on each server: a token bucket that refills evenly. Over it, the answer is 429 with
 * {@code Retry-After}, which Partner Center's SDK waits out and retries: throttling is transient
 * by nature. Kept in each server's memory: a cluster of N servers allows up to N times the limit.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RateLimit implements ContainerRequestFilter {

    static final int DEFAULT_PER_MINUTE = 600;
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute = perMinute();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null) {
            return; // the token endpoint and the OpenAPI document
        }
        if (buckets.size() > PRUNE_ABOVE) {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        long wait = buckets.computeIfAbsent(caller.getName(), name -> new Bucket(perMinute)).take(System.nanoTime());
        if (wait > 0) {
            Response fault = ApiFault.of(429, "TOO_MANY_REQUESTS", "More than " + perMinute
                    + " requests a minute: try again in " + wait + " seconds.", List.of());
            request.abortWith(Response.fromResponse(fault).header("Retry-After", wait).build());
        }
    }

    static int perMinute() {
        String value = Settings.API_RATE_LIMIT.value().orElse(String.valueOf(DEFAULT_PER_MINUTE));
        if (!value.matches("[1-9][0-9]{0,6}")) {
            throw new InvalidSettingException("must be a number of requests a minute from 1 to 9999999, not " + value,
                    Settings.API_RATE_LIMIT).reported();
        }
        return Integer.parseInt(value);
    }

    /** Tokens that refill at perMinute a minute, up to perMinute. */
    static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long at;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.at = System.nanoTime();
        }

        /** Takes a token: 0 if there was one, else the seconds until there is. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }

        synchronized boolean isFullAt(long now) {
            return tokens + (now - at) * perNano >= capacity;
        }
    }
}
