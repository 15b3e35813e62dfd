package org.partnerhub.web.relationship;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short public address in an invitation email, {@code /partnerhub/accept/<token>}, served
 * by the acceptance page without a redirect, so the address the customer sees stays the one it
 * was sent. A token holds only base64url characters; anything else is an unknown link.
 */
@WebServlet("/accept/*")
public class AcceptanceAddress extends HttpServlet {

    static final String PAGE = "/invitation/accept.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        if (!token.matches("[A-Za-z0-9_-]{1,100}")) {
            token = "-";
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer"); // the token must not leak to other sites
        request.getRequestDispatcher(PAGE + "?token=" + token).forward(request, response);
    }
}
