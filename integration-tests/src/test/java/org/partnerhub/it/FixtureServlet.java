package org.partnerhub.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerhub.customer.Customer;
import org.partnerhub.it.data.TestData;

/**
 * Test-only, deployed with the tests and never in the application: lets a browser test make
 * its own data before it opens the pages. {@code GET it-fixtures/customer?partner=<MPN ID>
 * &company=<name>[&subscribedOffer=<offer id>]} answers {@code <customer id>}.
 */
@WebServlet("/it-fixtures/customer")
public class FixtureServlet extends HttpServlet {

    @EJB
    TestData testData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long partner = testData.partnerIdOf(request.getParameter("partner"));
        Customer customer = testData.customerOf(partner, request.getParameter("company"));
        String offer = request.getParameter("subscribedOffer");
        if (offer != null) {
            testData.subscription(partner, customer.getId(), Long.parseLong(offer), 10);
        }
        response.setContentType("text/plain");
        response.getWriter().print(customer.getId());
    }
}
