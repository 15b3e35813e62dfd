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
 * its own data before it opens the pages. {@code POST it-fixtures/customer} with the form
 * {@code partner=<MPN ID>&company=<name>[&subscribedOffer=<offer id>]} answers
 * {@code <customer id>}. A form, not a query: containers differ in how they decode non-ASCII
 * query strings, all of them honour the character encoding of a form.
 */
@WebServlet("/it-fixtures/customer")
public class FixtureServlet extends HttpServlet {

    @EJB
    TestData testData;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
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
