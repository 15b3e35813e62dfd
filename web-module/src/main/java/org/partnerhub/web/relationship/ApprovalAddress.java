package org.partnerhub.web.relationship;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address in an admin relationship's approval email, {@code /partnerhub/approve/<token>}:
 * sends the customer's admin to its area's answer page, through the sign-in page when it is not
 * signed in (which brings it back).
 */
@WebServlet("/approve/*")
public class ApprovalAddress extends HttpServlet {

    static final String PAGE = "/customer-area/admin-relationships.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = LinkAddress.token(request);
        LinkAddress.keepPrivate(response);
        response.sendRedirect(request.getContextPath() + PAGE + "?link=" + token);
    }
}
