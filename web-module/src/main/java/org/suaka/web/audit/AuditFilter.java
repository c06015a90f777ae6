package org.suaka.web.audit;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Records every API call of a signed-in user on the audit trail: reads as well as writes, refused
 * ones too, with the record concerned, the caller's address and the purpose the caller gave in the
 * {@value #PURPOSE_HEADER} header.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    /** The request header in which a caller may state why they read or change a record. */
    public static final String PURPOSE_HEADER = "X-Suaka-Purpose";

    @Inject
    AuditTrail trail;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        List<String> segments = request.getUriInfo().getPathSegments().stream().map(s -> s.getPath())
                .filter(s -> !s.isEmpty()).toList();
        String entity = segments.isEmpty() ? "" : segments.get(0);
        String entityId = segments.size() > 1 ? segments.get(1) : createdId(response);
        if ("reports".equals(entity) && segments.size() == 2) {
            entityId = segments.get(1) + "?" + request.getUriInfo().getRequestUri().getRawQuery();
        }
        String method = request.getMethod();
        trail.record(new AuditEvent(request.getSecurityContext().getUserPrincipal().getName(),
                "GET".equals(method) ? "READ" : "WRITE", entity, entityId,
                method + " /" + request.getUriInfo().getPath() + " -> " + response.getStatus(),
                servletRequest == null ? null : servletRequest.getRemoteAddr(),
                request.getHeaderString(PURPOSE_HEADER)));
    }

    private static String createdId(ContainerResponseContext response) {
        URI location = response.getLocation();
        if (location == null) {
            return null;
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
