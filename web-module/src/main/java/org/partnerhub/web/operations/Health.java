package org.partnerhub.web.operations;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerhub.shared.ReadinessService;

/**
 * The probes of a load balancer or container platform, the same on every server:
 * {@code GET /health/live} answers while the application runs, {@code GET /health/ready} while
 * it can also serve requests ({@link ReadinessService}). Anonymous, no session, and nothing in the
 * answer but the status: 200 {@code {"status":"UP"}} or 503 {@code {"status":"DOWN"}}.
 * Kept outside any REST API path so that an API's filters and versions never touch it.
 */
@WebServlet({"/health/live", "/health/ready"})
public class Health extends HttpServlet {

    @EJB
    ReadinessService readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = request.getServletPath().endsWith("/live") || readiness.isReady();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
