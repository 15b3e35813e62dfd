package org.partnerhub.web.api;

import java.util.List;

/**
 * A request the API refuses, with the status, code and description of Partner Center's error
 * shape. Lasting refusals only ever use 400, 401, 403, 404 and 409: Partner Center's SDK retries
 * every other status without end.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final List<String> data;

    public ApiProblem(int status, String code, String description) {
        this(status, code, description, List.of());
    }

    /** With the details Partner Center's {@code data} array carries: one line per field refused. */
    public ApiProblem(int status, String code, String description, List<String> data) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
        this.data = List.copyOf(data);
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

    public List<String> data() {
        return data;
    }
}
