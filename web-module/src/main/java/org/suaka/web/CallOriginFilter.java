package org.suaka.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.suaka.platform.access.CallerRoles;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.ThreadBound;
import org.suaka.platform.audit.CallOrigin;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.web.ui.OfficeBar;

/**
 * Tells the audit trail where each request's service calls come from: the API or the staff interface, the
 * client's address, the request line, and the purpose the caller gave in the {@value #PURPOSE_HEADER}
 * header. The services record the calls themselves. It also hands on the user's roles as the web
 * container answers for them here ({@link CallerRoles}): the role checks deep in the module services read
 * them, since some servers answer only for the component that received the request. And it hands on the
 * office a user of the top office picked to look at ({@link OfficeSelection}).
 */
@WebFilter(urlPatterns = "/*")
public class CallOriginFilter extends HttpFilter {

    /** The request header in which a caller may state why they read or change a record. */
    public static final String PURPOSE_HEADER = "X-Suaka-Purpose";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> roles = Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.toSet());
        Optional<OfficeId> picked = OfficeBar.picked(request);
        try (ThreadBound.Scope origin = CallOrigin.bind(originOf(request));
                ThreadBound.Scope granted = CallerRoles.bind(roles);
                ThreadBound.Scope office = picked.map(OfficeSelection::bind).orElse(() -> { })) {
            chain.doFilter(request, response);
        }
    }

    /**
     * @param request a request to this application
     * @return where it comes from: the API or the staff interface, the address, the stated purpose and
     *         the request line
     */
    public static CallOrigin originOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String channel = path.startsWith("/api/") ? "api" : "ui";
        return new CallOrigin(channel, request.getRemoteAddr(), request.getHeader(PURPOSE_HEADER),
                request.getMethod() + " " + path);
    }
}
