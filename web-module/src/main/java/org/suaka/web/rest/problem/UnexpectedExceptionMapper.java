package org.suaka.web.rest.problem;

import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.suaka.platform.api.SuakaException;

/**
 * Everything else. Known causes hidden inside container wrappers (a transaction rollback, an EJB
 * exception, a JSON parse error) are unwrapped and answered as what they are; a truly unexpected failure
 * is logged with an incident id and answered 500 with that id only, never with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return new Problem(Problem.typeOf("http-" + status.getStatusCode()), status.getReasonPhrase(),
                    status.getStatusCode(), safeDetail(e), null).toResponse();
        }
        return classify(exception);
    }

    /**
     * @param exception a failure, possibly wrapped by the container
     * @return the answer for the first cause Suaka knows, or a 500 with an incident id
     */
    static Response classify(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SuakaException e) {
                return new SuakaExceptionMapper().toResponse(e);
            }
            if (t instanceof ConstraintViolationException e) {
                return new ConstraintViolationMapper().toResponse(e);
            }
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException
                    || t instanceof java.nio.charset.CharacterCodingException) {
                return Problem.of("malformed-body", "The request body is not valid JSON for this resource",
                        Response.Status.BAD_REQUEST, "Check the JSON syntax and the type of each field").toResponse();
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of("concurrent-edit", "The record was changed by someone else",
                        Response.Status.CONFLICT, "Reload the record and apply your change again").toResponse();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Problem.of("constraint", "The request conflicts with a record stored meanwhile",
                        Response.Status.CONFLICT, "Another request stored a conflicting record; try again")
                        .toResponse();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problem.of("internal", "The request failed", Response.Status.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; quote incident " + incident + " to the administrator").toResponse();
    }

    private static String safeDetail(WebApplicationException e) {
        return switch (e.getResponse().getStatus()) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body is larger than this resource accepts";
            case 415 -> "This media type is not supported here";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
    }
}
