package org.suaka.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.web.rest.problem.Problem;
import org.suaka.web.startup.ServerMode;

/**
 * Applies the {@link TransportPolicy} to every request of the application: HSTS on encrypted answers, and
 * in production mode a 403 problem instead of any page or data for a request that came over plain HTTP.
 */
@WebFilter(urlPatterns = "/*")
public class TransportFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ServerMode mode;

    @Inject
    @ConfigProperty(name = "suaka.tls.proxy", defaultValue = "false")
    boolean tlsProxy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TransportPolicy policy = new TransportPolicy(mode.production(), tlsProxy);
        if (!policy.serves(request.isSecure())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"" + Problem.typeOf("plain-http") + "\",\"title\":\"Use HTTPS\","
                    + "\"status\":403,\"detail\":\"This server serves personal data over HTTPS only\"}");
            return;
        }
        if (policy.encrypted(request.isSecure())) {
            response.setHeader("Strict-Transport-Security", TransportPolicy.STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
