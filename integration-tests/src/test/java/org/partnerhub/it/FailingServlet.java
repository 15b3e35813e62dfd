package org.partnerhub.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: {@code GET it-fixtures/failure} fails, for the error page's incident number. */
@WebServlet("/it-fixtures/failure")
public class FailingServlet extends HttpServlet {

    /** What the failure says, so that a test finds it in the server log. */
    static final String MESSAGE = "it-fixtures: a failure on purpose";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException(MESSAGE);
    }
}
