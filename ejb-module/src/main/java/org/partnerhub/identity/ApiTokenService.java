package org.partnerhub.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.partnerhub.security.LogText;
import org.partnerhub.security.SignInThrottle;
import org.partnerhub.shared.LinkToken;

/**
 * The API's front door: an API client exchanges its client id and secret for a bearer token of
 * one hour (OAuth 2.0 client credentials), and each API request's token is checked here. Open
 * to anonymous callers: they are not authenticated yet. Wrong secrets are counted like wrong
 * passwords, per client id and per address; tokens and secrets never reach a log.
 */
@Stateless
@PermitAll
public class ApiTokenService {

    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());
    /** Throttle rows of API clients, apart from sign-in names (which are emails). */
    private static final String THROTTLE_PREFIX = "api-client:";

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    /** A token for the client, or what refused it. */
    public TokenOutcome issue(String clientId, String secret, String clientAddress) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            return new TokenOutcome.Refused();
        }
        LocalDateTime now = now();
        SignInThrottle.Attempt attempt = throttle.begin(THROTTLE_PREFIX + clientId.trim(), clientAddress, now);
        if (attempt.isLocked()) {
            return new TokenOutcome.Locked(attempt.minutesToWait());
        }
        Optional<ApiClient> client = em.createQuery("select c from ApiClient c where c.clientId = :clientId",
                        ApiClient.class)
                .setParameter("clientId", clientId.trim())
                .getResultStream().findFirst();
        if (client.isEmpty() || !client.get().acceptsSecret(secret)) {
            boolean lockedNow = attempt.failed();
            LOG.warning(() -> "API token refused for client id " + LogText.printable(clientId, 60)
                    + (clientAddress == null ? "" : " from " + clientAddress));
            return lockedNow ? new TokenOutcome.Locked(attempt.minutesToWait()) : new TokenOutcome.Refused();
        }
        attempt.succeeded();
        LinkToken token = LinkToken.generate();
        em.persist(new ApiToken(token.hash(), client.get(), now.plus(LIFETIME)));
        return new TokenOutcome.Issued(token, LIFETIME.toSeconds());
    }

    /** Who a bearer token stands for, while it is valid: the principal name and role of its client. */
    public Optional<ApiPrincipal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        return em.createQuery("select t from ApiToken t join fetch t.client where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", LinkToken.hashOf(token))
                .getResultStream().findFirst()
                .filter(found -> found.isValidAt(now))
                .map(found -> new ApiPrincipal(found.getClient().principalName(), found.getClient().getRole().name()));
    }

    /** Removes expired tokens, and answers kept for retries longer than a day; the pruning timer calls it. */
    public int prune() {
        return em.createQuery("delete from ApiToken t where t.expiresAt < :now").setParameter("now", now())
                .executeUpdate()
                + em.createQuery("delete from ApiRequest r where r.receivedAt < :before")
                        .setParameter("before", now().minus(ApiRequestService.KEPT))
                        .executeUpdate();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
