package org.partnerhub.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers 403 when a signed-in user opens a workspace the menu does not offer them. */
@WebFilter(urlPatterns = "*.xhtml")
public class WorkspaceAccessFilter extends HttpFilter {

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var workspace = Workspace.at(request.getServletPath());
        if (workspace.isPresent() && request.getUserPrincipal() != null
                && !workspace.get().allows(signedInUser.getMe())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
