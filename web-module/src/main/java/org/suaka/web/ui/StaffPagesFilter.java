package org.suaka.web.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.suaka.platform.access.Roles;


/**
 * Guards the staff pages: a visitor who has not signed in goes to the login page; a signed-in user
 * without a Suaka role gets 403, and only administrators open the admin pages.
 */
@WebFilter(urlPatterns = "/app/*")
public class StaffPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        boolean adminPage = request.getRequestURI().startsWith(request.getContextPath() + "/app/admin");
        boolean allowed = adminPage ? request.isUserInRole(Roles.ADMIN)
                : request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.SUPERVISOR)
                        || request.isUserInRole(Roles.OFFICER) || request.isUserInRole(Roles.VIEWER);
        if (!allowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
