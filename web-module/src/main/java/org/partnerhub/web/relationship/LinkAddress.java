package org.partnerhub.web.relationship;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the short addresses in the emails with a personal link ({@code /accept/<token>},
 * {@code /approve/<token>}) share: reading the token from the address, and answering so that it
 * is neither kept nor passed on.
 */
final class LinkAddress {

    private LinkAddress() {
    }

    /**
     * The token after the servlet's path. A token holds only base64url characters; anything else
     * is an unknown link ({@code -}, which no token is).
     */
    static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        return token.matches("[A-Za-z0-9_-]{1,100}") ? token : "-";
    }

    /** No cache keeps the answer, and the token does not leak to other sites through the referrer. */
    static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
