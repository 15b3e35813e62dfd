package org.partnerhub.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3 document of the whole API, the same file on every server (no server's own
 * generator), open to anyone. {@code OpenApiTest} keeps it true: every route is in it, and
 * nothing else.
 */
@RequestScoped
@Path("openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "/org/partnerhub/web/api/openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            return Response.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
