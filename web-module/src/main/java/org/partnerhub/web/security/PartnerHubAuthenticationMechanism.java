package org.partnerhub.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.identity.ApiPrincipal;
import org.partnerhub.identity.ApiTokenService;
import org.partnerhub.signin.SignInOutcome;
import org.partnerhub.signin.SignInService;
import org.partnerhub.signin.SignedInCaller;

/**
 * Form sign-in for the pages. The login page hands the credentials over with
 * {@code SecurityContext.authenticate}; on success the caller goes into the HTTP session
 * ({@link SessionCaller}) and is re-asserted on every request, after {@link SignInService#current}
 * has checked that its roles are still the ones it signed in with: a role taken away or a user
 * deactivated applies at the session's next request, on whichever server it lands. An anonymous
 * request never gets a session from here: where to return after signing in travels in the
 * login page's address. API requests ({@code /api/*}) bring a bearer token instead.
 */
@ApplicationScoped
public class PartnerHubAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String RETURN_TO = "returnTo";
    /** The request attribute that tells the login page how its sign-in ended. */
    public static final String OUTCOME = PartnerHubAuthenticationMechanism.class.getName() + ".outcome";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final String API = "/api/";
    private static final String BEARER = "Bearer ";
    private static final String UNAUTHORIZED = "{\"code\":\"UNAUTHORIZED\",\"description\":\"A valid bearer token is"
            + " required: POST /partnerhub/api/oauth2/token gives one to an API client.\",\"errorName\":\"Unauthorized\","
            + "\"data\":[],\"source\":\"PartnerHub\"}";
    private static final Logger LOG = Logger.getLogger(PartnerHubAuthenticationMechanism.class.getName());

    @EJB
    SignInService signIn;

    @EJB
    ApiTokenService apiTokens;

    private ClientAddress clientAddress;

    @PostConstruct
    void readSettings() {
        clientAddress = ClientAddress.fromSettings();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return apiRequest(request, response, context);
        }
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password);
        }
        Optional<SignedInCaller> caller = SessionCaller.of(request).flatMap(kept -> stillSignedIn(request, kept));
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (context.isProtected()) {
            return sendToLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * An API request: a bearer token of an API client, checked on every request and never kept
     * in a session. The token endpoint and the OpenAPI document are open; anything else without
     * a valid token gets 401 in Partner Center's error shape, and reaches no resource.
     */
    private AuthenticationStatus apiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API + "oauth2/") || path.equals(API + "openapi.json")) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        Optional<ApiPrincipal> caller = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? apiTokens.authenticate(authorization.substring(BEARER.length()).trim()) : Optional.empty();
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), Set.of(caller.get().role()));
        }
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"partnerhub\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(UNAUTHORIZED);
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The kept caller as it stands now; a caller that may no longer sign in loses its session. */
    private Optional<SignedInCaller> stillSignedIn(HttpServletRequest request, SignedInCaller kept) {
        if (request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            return Optional.of(kept); // style sheets and scripts: nothing to protect, no query worth making
        }
        Optional<SignedInCaller> current = signIn.current(kept);
        HttpSession session = request.getSession(false);
        if (current.isEmpty()) {
            session.invalidate();
        } else if (!current.get().equals(kept)) {
            SessionCaller.keep(session, current.get());
        }
        return current;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        SignInOutcome outcome;
        try {
            outcome = signIn.signIn(credential.getCaller(), credential.getPassword().getValue(),
                    clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        } catch (EJBException e) {
            // Two first attempts at one account at the same moment: one of them is refused unchecked.
            LOG.log(Level.FINE, "Sign-in attempt refused unchecked", e);
            outcome = new SignInOutcome.Refused();
        }
        request.setAttribute(OUTCOME, outcome);
        if (!(outcome instanceof SignInOutcome.SignedIn signedIn)) {
            // No 401 here: the login page stays and says, in one generic sentence, that it failed.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in: no session fixation
        SessionCaller.keep(request.getSession(), signedIn.caller());
        return context.notifyContainerAboutLogin(signedIn.caller().name(), signedIn.caller().groups());
    }

    private AuthenticationStatus sendToLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
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
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String page = request.getRequestURI() + (query == null ? "" : "?" + query);
            login += "?" + RETURN_TO + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
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

    /**
     * Where to go after signing in: the page of this application that sent the user to the login
     * page, or home. Anything else (another site, a scheme, a line break) is home.
     */
    public static String returnAddress(HttpServletRequest request, String returnTo) {
        String home = request.getContextPath() + "/";
        boolean ownPage = returnTo != null && returnTo.startsWith(home) && !returnTo.startsWith("//")
                && returnTo.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
        return ownPage ? returnTo : home;
    }
}
