package org.partnerhub.web.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service's own parameter check that fails (a reason over its length, a number below its
 * minimum) in the API's error shape too: without this, the JAX-RS runtime's mapper for
 * validation failures, more specific than {@link ApiExceptions}' for every failure, answers with
 * its own HTML 400.
 */
@Provider
public class ApiValidationExceptions implements ExceptionMapper<ValidationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ValidationException failure) {
        ApiExceptions mapper = new ApiExceptions();
        mapper.headers = headers;
        mapper.uri = uri;
        return mapper.toResponse(failure);
    }
}
