package org.suaka.web.rest.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document.
 *
 * @param type a URI naming the kind of problem, e.g. {@code urn:suaka:problem:validation}
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param errors the offending fields, for validation problems; empty otherwise
 */
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * @param kind the last part of the problem type URI, e.g. {@code validation}
     * @param title a short summary
     * @param status the HTTP status
     * @param detail what went wrong
     * @return a problem with no field errors
     */
    public static Problem of(String kind, String title, Response.Status status, String detail) {
        return new Problem(typeOf(kind), title, status.getStatusCode(), detail, List.of());
    }

    /**
     * @param kind the last part of the problem type URI
     * @return the problem type URI, e.g. {@code urn:suaka:problem:validation}
     */
    public static URI typeOf(String kind) {
        return URI.create("urn:suaka:problem:" + kind);
    }

    /** @return the problem as a response with its status and media type */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    /**
     * One invalid field.
     *
     * @param field the field's name as the client sent it, e.g. {@code dateOfBirth}
     * @param message why it is invalid
     */
    public record FieldError(String field, String message) {
    }
}
