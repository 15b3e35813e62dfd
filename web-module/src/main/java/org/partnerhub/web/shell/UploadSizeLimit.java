package org.partnerhub.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * An upload over {@link #MAX_REQUEST_BYTES}, or of unknown length, is parsed by nobody: the
 * page it came from is shown again with {@value #TOO_LARGE}, and says "file too large" next to
 * its upload, as it does for a file over its own, lower limit. The body is read and dropped
 * first (up to a bound, under the container's own limits in web.xml and, on WildFly, the
 * listener's max-post-size), because a browser still sending it does not read an early answer.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadSizeLimit extends HttpFilter {

    /** The request parameter that tells a page its upload was too large. */
    public static final String TOO_LARGE = "uploadTooLarge";
    /** Far above the service's 5 MB: what passes here, the container parses. */
    static final long MAX_REQUEST_BYTES = 21 * 1024 * 1024;
    /** Beyond this the body is not read: the connection is closed instead. */
    private static final long MAX_DRAINED_BYTES = 256L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (!"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || (length >= 0 && length <= MAX_REQUEST_BYTES)) {
            chain.doFilter(request, response);
            return;
        }
        if (length >= 0 && length <= MAX_DRAINED_BYTES) {
            try (InputStream body = request.getInputStream()) {
                body.skipNBytes(length);
            }
        } else {
            response.setHeader("Connection", "close");
        }
        response.sendRedirect(pageOf(request));
    }

    /** The page that sent the upload (its own address, with its parameters), marked; home when unknown. */
    private static String pageOf(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = new URI(referer);
                String path = from.getRawPath();
                if (path != null && path.startsWith(home) && request.getServerName().equalsIgnoreCase(from.getHost())) {
                    String query = from.getRawQuery();
                    String kept = query == null ? "" : query.replaceAll("(^|&)" + TOO_LARGE + "=[^&]*", "");
                    return path + "?" + (kept.isEmpty() ? "" : kept.replaceFirst("^&", "") + "&") + TOO_LARGE + "=true";
                }
            } catch (URISyntaxException e) {
                // not an address: go home
            }
        }
        return home;
    }
}
