package org.partnerhub.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;

/**
 * A create with an {@code MS-RequestId} runs once: a retry of it (Partner Center's SDK resends
 * the same id after a failure it cannot tell from a lost answer) gets the first answer and makes
 * nothing. Without the header a create simply runs.
 */
public final class Idempotency {

    private Idempotency() {
    }

    /** The answer to the create, as a response: the first answer again for a repeated id. */
    public static Response once(ApiRequestService requests, String requestId, String operation,
            Supplier<ApiAnswer> create) {
        ApiAnswer answer = answerOnce(requests, requestId, operation, create);
        return Response.status(answer.status()).entity(answer.body()).build();
    }

    private static ApiAnswer answerOnce(ApiRequestService requests, String requestId, String operation,
            Supplier<ApiAnswer> create) {
        if (requestId == null || requestId.isBlank()) {
            return create.get();
        }
        String id = requestId.trim();
        if (id.length() > 100) {
            throw ApiProblem.badRequest("MS-RequestId is longer than 100 characters.");
        }
        Optional<ApiAnswer> previous = requests.previous(id, operation);
        if (previous.isPresent()) {
            return previous.get();
        }
        try {
            return requests.once(id, operation, create);
        } catch (EJBException concurrent) {
            // The same id at the same moment: the other request made it; answer what it answered.
            return requests.previous(id, operation).orElseThrow(() -> concurrent);
        }
    }
}
