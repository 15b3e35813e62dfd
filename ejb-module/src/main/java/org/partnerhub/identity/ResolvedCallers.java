package org.partnerhub.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The partner of each caller already resolved in this request. A page view calls a dozen
 * services that each need the caller's tenant; finding the active user anew for each of them
 * was a tenth of the server's time under load (bench/load.sh, JFR). Within one request the
 * caller and its partner cannot change, and the request was let in only after the user was
 * found active, so the first answer holds until the request ends; the next request asks again.
 */
@RequestScoped
public class ResolvedCallers {

    private final Map<String, Long> partners = new HashMap<>();

    /**
     * The partner of the principal, found by the check that let this request in: that check reads
     * the active user anyway (signin.SignInService#current), and one query instead of two on every
     * request counts at a distributor's load.
     */
    public void found(String principal, long partnerId) {
        partners.put(principal, partnerId);
    }

    long partnerId(String principal, LongSupplier resolve) {
        Long known = partners.get(principal);
        if (known != null) {
            return known;
        }
        long partnerId = resolve.getAsLong();
        partners.put(principal, partnerId);
        return partnerId;
    }
}
