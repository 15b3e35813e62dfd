package org.partnerhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Form sign-in for the pages. The login page hands the credentials over with
 * {@code SecurityContext.authenticate}; on success the caller's name and groups go into the HTTP
 * session and are re-asserted on every request. Keeping them in an ordinary session attribute
 * (rather than in the container's own login state) is what was measured to survive fail-over
 * between clustered instances on Payara as well as WildFly.
 */
@ApplicationScoped
public class PartnerHubAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String RETURN_TO = PartnerHubAuthenticationMechanism.class.getName() + ".returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return sendToLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No 401 here: the login page stays and says, in one generic sentence, that it failed.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in: no session fixation
        request.getSession().setAttribute(SessionCaller.ATTRIBUTE,
                new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus sendToLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request of an expired session cannot follow a 302; Faces can follow this.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().printf(
                        "<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\"%s\"/></partial-response>",
                        login);
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return context.redirect(login);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Where to go after signing in: the page that sent the user to the login page, or home. */
    public static String returnAddress(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(RETURN_TO);
        if (session != null) {
            session.removeAttribute(RETURN_TO);
        }
        return saved instanceof String address && address.startsWith(request.getContextPath() + "/")
                ? address : request.getContextPath() + "/";
    }
}
