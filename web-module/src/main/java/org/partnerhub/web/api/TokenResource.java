package org.partnerhub.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.partnerhub.identity.ApiTokenService;
import org.partnerhub.identity.TokenOutcome;
import org.partnerhub.web.security.ClientAddress;

/**
 * OAuth 2.0 client credentials (RFC 6749, section 4.4): an API client posts
 * {@code grant_type=client_credentials} with its client id and secret, in the form or as HTTP
 * Basic, and gets a bearer token for one hour. Errors are the RFC's: {@code invalid_request},
 * {@code unsupported_grant_type}, {@code invalid_client} (401).
 */
@RequestScoped
@Path("oauth2/token")
public class TokenResource {

    @EJB
    ApiTokenService tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @HeaderParam("Authorization") String authorization) {
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(authorization.substring(6).trim());
            if (pair == null) {
                return error(400, "invalid_request", "the Basic credentials cannot be read");
            }
            id = pair[0];
            secret = pair[1];
        }
        TokenOutcome outcome = tokens.issue(id, secret,
                ClientAddress.fromSettings().of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        if (outcome instanceof TokenOutcome.Issued issued) {
            return Response.ok(JsonFactory.object()
                            .add("access_token", issued.token().value())
                            .add("token_type", "Bearer")
                            .add("expires_in", issued.expiresInSeconds())
                            .build().toString(), MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (outcome instanceof TokenOutcome.Locked locked) {
            return error(400, "invalid_client", "too many failed attempts: try again in "
                    + locked.minutesToWait() + " minutes");
        }
        return Response.status(401).header("WWW-Authenticate", "Basic realm=\"partnerhub\"")
                .entity(body("invalid_client", "the client id or secret is wrong, or the client is disabled"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status).entity(body(error, description)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String body(String error, String description) {
        return JsonFactory.object().add("error", error).add("error_description", description).build().toString();
    }
}
