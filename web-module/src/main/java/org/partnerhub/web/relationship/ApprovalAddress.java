package org.partnerhub.web.relationship;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address in an admin relationship's approval email, {@code /partnerhub/approve/<token>}:
 * sends the customer's admin to its area's answer page, through the sign-in page when it is not
 * signed in (which brings it back). A token holds only base64url characters; anything else is an
 * unknown link.
 */
@WebServlet("/approve/*")
public class ApprovalAddress extends HttpServlet {

    static final String PAGE = "/customer-area/admin-relationships.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        if (!token.matches("[A-Za-z0-9_-]{1,100}")) {
            token = "-";
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer"); // the token must not leak to other sites
        response.sendRedirect(request.getContextPath() + PAGE + "?link=" + token);
    }
}
