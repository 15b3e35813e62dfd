package org.partnerhub.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * {@code Server-Timing: app;dur=<ms>} on every API answer: the server's own time for the request
 * from the moment Jakarta REST takes it (after the token was checked) until its answer is ready,
 * without the network. What a client or a benchmark compares with its round trip; it reveals
 * nothing a timer on the client could not.
 */
@Provider
@Priority(1)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().putSingle("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
        }
    }
}
