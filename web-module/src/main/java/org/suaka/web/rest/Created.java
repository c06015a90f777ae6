package org.suaka.web.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The 201 answer to a POST: the new record, and its address in the Location header.
 */
final class Created {

    private Created() {
    }

    static Response at(UriInfo uri, Object id, Object entity) {
        URI location = uri.getAbsolutePathBuilder().path(id.toString()).build();
        return Response.created(location).entity(entity).build();
    }
}
