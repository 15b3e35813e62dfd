package org.partnerhub.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.partnerhub.shared.Settings;

/**
 * The security headers of every response, error pages included (they are dispatched again
 * through this filter): what the browser may run and frame, that it must not guess content
 * types, how much of the address it may tell other sites, and that pages are never kept.
 * <p>
 * The Content-Security-Policy is the one of web.xml's {@code primefaces.CSP_POLICY}: on Faces
 * pages PrimeFaces sends it with the nonce of that response's scripts, which replaces the
 * nonce-less copy set here for everything else (health answers, redirects, downloads).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** Where the policy is written down once, for PrimeFaces and for this filter. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    /** Addresses that carry a secret token (an invitation or a partnership request link) in their path or query. */
    private static final String[] LINKS_WITH_TOKENS = {"/accept/", "/invitation/accept.xhtml", "/partnership/accept.xhtml"};

    private String policy;
    private boolean https;

    @Override
    public void init(FilterConfig config) throws ServletException {
        policy = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml lacks the context parameter " + POLICY_PARAMETER);
        }
        https = Settings.HTTPS.isTrue();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Headers headers = new Headers(response, addressAsAsked(request));
        headers.apply();
        chain.doFilter(request, headers);
    }

    /** The address the browser asked for, also when this is a forward to a page or an error page. */
    private static String addressAsAsked(HttpServletRequest request) {
        for (String original : new String[] {RequestDispatcher.FORWARD_REQUEST_URI, RequestDispatcher.ERROR_REQUEST_URI}) {
            if (request.getAttribute(original) instanceof String uri) {
                return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
            }
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The response with this filter's headers, kept through a reset (a download resets the
     * response before it writes the file); a Content-Security-Policy added later replaces
     * this filter's instead of adding a second policy that the browser would enforce as well.
     */
    private final class Headers extends HttpServletResponseWrapper {

        private final String address;

        Headers(HttpServletResponse response, String address) {
            super(response);
            this.address = address;
        }

        void apply() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setHeader(CSP, policy);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", carriesToken() ? "no-referrer" : "same-origin");
            if (!address.startsWith(RESOURCES)) {
                // Signed-in pages, temporary passwords, personal links, downloads: nothing is kept
                // in a cache. Style sheets, scripts and images keep the caching Faces gives them.
                response.setHeader("Cache-Control", "no-store");
            }
            if (https) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }

        private boolean carriesToken() {
            for (String link : LINKS_WITH_TOKENS) {
                if (address.startsWith(link)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}
