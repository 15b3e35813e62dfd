package org.partnerhub.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.partnerhub.signin.SignedInCaller;

/**
 * Where a session keeps its signed-in caller between requests: an ordinary session attribute,
 * which was measured to survive fail-over between clustered instances on Payara and WildFly.
 */
public final class SessionCaller {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    private SessionCaller() {
    }

    /** The caller of the request's session, if it has one; never creates a session. */
    public static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE));
    }

    static void keep(HttpSession session, SignedInCaller caller) {
        session.setAttribute(ATTRIBUTE, caller);
    }
}
