package org.partnerhub.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;

/**
 * {@code MS-RequestId} as an idempotency key for the API's creates: Partner Center's SDK sends
 * the same id on every retry of one call, so a retry of a create that succeeded gets the first
 * answer again and creates nothing. The create and the record of its answer commit together; a
 * create that failed leaves no record, so its retry runs again.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class ApiRequestService {

    /** How long an answer is kept for a retry. */
    public static final Duration KEPT = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /**
     * The answer an earlier request with this id got, if it did within the last 24 hours. The
     * same id for another operation is refused: the caller reused an id it should not have.
     */
    public Optional<ApiAnswer> previous(String requestId, String operation) {
        ApiRequest found = em.find(ApiRequest.class, key(requestId));
        if (found == null || !found.isAnsweredSince(now().minus(KEPT))) {
            return Optional.empty();
        }
        if (!found.getOperation().equals(operation)) {
            throw new BusinessException("apiRequest.otherOperation", "MS-RequestId", requestId);
        }
        return Optional.of(found.answer(requestId));
    }

    /**
     * Runs the create once: records the request, runs the work in the same transaction and
     * keeps its answer. Two requests with one id at the same moment: the second fails on the
     * key and its caller asks {@link #previous} again, once the first has committed.
     */
    public ApiAnswer once(String requestId, String operation, Supplier<ApiAnswer> work) {
        ApiRequest request = new ApiRequest(caller(), requestId, operation, now());
        em.persist(request);
        em.flush();
        ApiAnswer answer = work.get();
        request.answered(answer, requestId);
        return answer;
    }

    private ApiRequest.Key key(String requestId) {
        return new ApiRequest.Key(caller(), requestId);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
