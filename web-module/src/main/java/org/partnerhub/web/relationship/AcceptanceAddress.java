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
 * was sent.
 */
@WebServlet("/accept/*")
public class AcceptanceAddress extends HttpServlet {

    static final String PAGE = "/invitation/accept.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String token = LinkAddress.token(request);
        LinkAddress.keepPrivate(response);
        request.getRequestDispatcher(PAGE + "?token=" + token).forward(request, response);
    }
}
