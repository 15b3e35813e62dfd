package org.partnerhub.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.TranslatedText;
import org.partnerhub.web.operations.Incidents;
import org.partnerhub.web.shell.Messages;

/**
 * Every failure of an API request in Partner Center's error shape. A refusal the caller can act
 * on is 400, 403, 404 or 409 with the same words the pages show, in the language of
 * {@code X-Locale}; only an unexpected failure is a 500, logged under an incident number.
 */
@Provider
public class ApiExceptions implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof ApiProblem problem) {
            return ApiFault.of(problem.status(), problem.code(), problem.getMessage(), problem.data());
        }
        if (cause instanceof BusinessException refusal) {
            return ApiFault.of(statusOf(refusal.messageKey()), ApiFault.codeOf(refusal.messageKey()),
                    // The API names offers in English, as Partner Center's catalog does, whatever
                    // language the description is in.
                    Messages.textIn(locale(), refusal.messageKey(),
                            TranslatedText.arguments(refusal.arguments(), Locale.ENGLISH)),
                    refusal.field() == null ? List.of() : List.of(refusal.field()));
        }
        // Payara answers a local call its roles refuse with AccessLocalException, WildFly with EJBAccessException.
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return ApiFault.of(403, "FORBIDDEN", "The API client's role does not allow this.", List.of());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            List<String> fields = invalid.getConstraintViolations().stream()
                    .map(ApiExceptions::describe).sorted().toList();
            return ApiFault.of(400, "BAD_REQUEST", "The request is not valid: " + String.join("; ", fields), fields);
        }
        if (cause instanceof NotFoundException) {
            return ApiFault.of(404, "NOT_FOUND", "There is nothing at " + path() + ".", List.of());
        }
        if (cause instanceof NotAllowedException) {
            // 405 would be retried by Partner Center's SDK without end: a wrong method is lasting.
            return ApiFault.of(400, "METHOD_NOT_SUPPORTED", "This method is not supported at " + path() + ".", List.of());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // Unsupported media type, not acceptable, a malformed parameter: the request is wrong.
            return ApiFault.of(400, "BAD_REQUEST", "The request cannot be read: " + web.getMessage(), List.of());
        }
        String incident = Incidents.log(path(), cause);
        return ApiFault.of(500, "INTERNAL_ERROR", "Something went wrong on our side (incident " + incident + ").",
                List.of());
    }

    /** A service's refusal that names something missing is 404; one about what exists already, 409. */
    static int statusOf(String messageKey) {
        if (messageKey.endsWith(".notFound") || messageKey.endsWith("NotFound")) {
            return 404;
        }
        if (messageKey.endsWith(".taken") || messageKey.endsWith("changedMeanwhile")
                || messageKey.endsWith("changedConcurrently") || messageKey.endsWith(".alreadyCustomer")
                || messageKey.endsWith(".otherOperation") || messageKey.endsWith(".alreadyOpen")
                || messageKey.endsWith(".alreadyAnswered") || messageKey.endsWith(".alreadyRequested")
                || messageKey.endsWith(".answered") || messageKey.endsWith(".decided")) {
            return 409;
        }
        return 400;
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
    }

    private Locale locale() {
        return Language.fromTag(headers == null ? null : headers.getHeaderString("X-Locale")).locale();
    }

    private String path() {
        return uri == null ? "this address" : "/" + uri.getPath();
    }
}
