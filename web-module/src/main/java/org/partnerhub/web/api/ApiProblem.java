package org.partnerhub.web.api;

/**
 * A request the API refuses, with the status, code and description of Partner Center's error
 * shape. Lasting refusals only ever use 400, 401, 403, 404 and 409: Partner Center's SDK retries
 * every other status without end.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String description) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiProblem badRequest(String description) {
        return new ApiProblem(400, "BAD_REQUEST", description);
    }

    public static ApiProblem notFound(String code, String description) {
        return new ApiProblem(404, code, description);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
