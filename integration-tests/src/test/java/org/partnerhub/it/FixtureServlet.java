package org.partnerhub.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.Roles;

/**
 * Test-only, deployed with the tests and never in the application: lets a browser test make
 * its own data before it opens the pages.
 * <ul>
 * <li>{@code POST it-fixtures/customer} with {@code partner=<MPN ID>&company=<name>
 * [&subscribedOffer=<offer id>][&alsoServedBy=<MPN ID>][&adminPassword=<password>]} answers
 * {@code <customer id>}, and with an admin password a second line: the admin's user name;</li>
 * <li>{@code POST it-fixtures/partnership} with {@code provider=<MPN ID>&reseller=<MPN ID>}
 * makes them active partners;</li>
 * <li>{@code POST it-fixtures/partner} with {@code type=<PartnerType>&password=<password>}
 * answers three lines: the new partner's MPN ID, name and Global admin's email;</li>
 * <li>{@code GET it-fixtures/sign-in?email=<user>&password=<password>[&page=<page>]} signs the
 * browser that asks in, through the application's own authentication mechanism (as the login
 * page does, without the form and its two page loads), and sends it to the page, by default
 * Home or, for a customer admin, its area. The login page itself is tested through its form.</li>
 * <li>{@code POST it-fixtures/user} with {@code partner=<MPN ID>&role=<PartnerRole>&password=<password>}
 * answers the new user's email.</li>
 * <li>{@code POST it-fixtures/api-client} with {@code partner=<MPN ID>&role=<PartnerRole>} answers
 * the new API client's id and secret, in two lines;</li>
 * <li>{@code POST it-fixtures/api-tokens-expired} with {@code clientId=<client id>} makes every
 * token of that client expired;</li>
 * <li>{@code POST it-fixtures/audit-event} with {@code partner=<MPN ID>&actor=<name>&action=<AuditAction>
 * &customer=<customer id>} records, now, an event about the customer in the partner's log, as a
 * service would (summarised by the customer's name).</li>
 * </ul>
 * Forms, not queries: containers differ in how they decode non-ASCII query strings, all of them
 * honour the character encoding of a form.
 */
@WebServlet({"/it-fixtures/customer", "/it-fixtures/partner", "/it-fixtures/partnership", "/it-fixtures/user",
        "/it-fixtures/sign-in", "/it-fixtures/api-client", "/it-fixtures/api-tokens-expired", "/it-fixtures/invitations",
        "/it-fixtures/audit-event"})
public class FixtureServlet extends HttpServlet {

    @EJB
    TestData testData;

    @Inject
    Fixtures fixtures;

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith("/sign-in")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(request.getParameter("email"),
                                new Password(request.getParameter("password")))));
        if (status != AuthenticationStatus.SUCCESS) {
            response.setContentType("text/plain; charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().print("it-fixtures: sign-in failed for " + request.getParameter("email"));
            return;
        }
        String page = request.getParameter("page");
        if (page == null) {
            page = request.isUserInRole(Roles.CUSTOMER_ADMIN) ? "customer-area/partners.xhtml" : "index.xhtml";
        }
        response.sendRedirect(request.getContextPath() + "/" + page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain; charset=UTF-8");
        if (request.getServletPath().endsWith("/partner")) {
            var partner = fixtures.newPartner(PartnerType.valueOf(request.getParameter("type")),
                    request.getParameter("password"));
            response.getWriter().print(partner.mpnId() + "\n" + partner.name() + "\n" + partner.adminEmail());
            return;
        }
        if (request.getServletPath().endsWith("/user")) {
            response.getWriter().print(fixtures.newUser(testData.partnerIdOf(request.getParameter("partner")),
                    PartnerRole.valueOf(request.getParameter("role")), request.getParameter("password")));
            return;
        }
        if (request.getServletPath().endsWith("/api-client")) {
            var client = testData.apiClient(testData.partnerIdOf(request.getParameter("partner")),
                    PartnerRole.valueOf(request.getParameter("role")));
            response.getWriter().print(client.clientId() + "\n" + client.secret().value());
            return;
        }
        if (request.getServletPath().endsWith("/api-tokens-expired")) {
            testData.expireApiTokens(request.getParameter("clientId"));
            return;
        }
        if (request.getServletPath().endsWith("/partnership")) {
            testData.partnership(testData.partnerIdOf(request.getParameter("provider")),
                    testData.partnerIdOf(request.getParameter("reseller")));
            return;
        }
        if (request.getServletPath().endsWith("/audit-event")) {
            testData.auditEventAbout(testData.partnerIdOf(request.getParameter("partner")), request.getParameter("actor"),
                    AuditAction.valueOf(request.getParameter("action")), Long.parseLong(request.getParameter("customer")));
            return;
        }
        if (request.getServletPath().endsWith("/invitations")) {
            testData.invitations(testData.partnerIdOf(request.getParameter("partner")),
                    Integer.parseInt(request.getParameter("count")));
            return;
        }
        long partner = testData.partnerIdOf(request.getParameter("partner"));
        Customer customer = testData.customerOf(partner, request.getParameter("company"));
        String alsoServedBy = request.getParameter("alsoServedBy");
        if (alsoServedBy != null) {
            testData.relationship(testData.partnerIdOf(alsoServedBy), customer.getId());
        }
        String offer = request.getParameter("subscribedOffer");
        if (offer != null) {
            testData.subscription(partner, customer.getId(), Long.parseLong(offer), 10);
        }
        response.getWriter().print(customer.getId());
        String adminPassword = request.getParameter("adminPassword");
        if (adminPassword != null) {
            response.getWriter().print("\n" + testData.customerAdmin(customer.getId(), adminPassword));
        }
    }
}
