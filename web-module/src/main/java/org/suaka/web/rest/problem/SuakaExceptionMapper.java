package org.suaka.web.rest.problem;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.platform.api.SuakaException;
import org.suaka.platform.office.NoOfficeException;
import org.suaka.reporting.api.ReportFailedException;

/**
 * The modules' own failures: unknown records are 404, invalid fields 400, broken rules and stale versions
 * 409, and a report
 * whose template fails is 500 with a message naming the template.
 */
@Provider
public class SuakaExceptionMapper implements ExceptionMapper<SuakaException> {

    private static final Logger LOG = Logger.getLogger(SuakaExceptionMapper.class.getName());

    @Override
    public Response toResponse(SuakaException exception) {
        if (exception instanceof RecordNotFoundException e) {
            return Problem.of("not-found", "No such " + e.recordType(), Response.Status.NOT_FOUND, e.getMessage())
                    .toResponse();
        }
        if (exception instanceof InvalidFieldException e) {
            Problem base = Problem.of("validation", "The request is not valid", Response.Status.BAD_REQUEST,
                    e.getMessage());
            return new Problem(base.type(), base.title(), base.status(), base.detail(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
        }
        if (exception instanceof NoOfficeException e) {
            return Problem.of("no-office", "You belong to no office", Response.Status.FORBIDDEN, e.getMessage())
                    .toResponse();
        }
        if (exception instanceof AccessDeniedException e) {
            return Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN, e.getMessage()).toResponse();
        }
        if (exception instanceof StaleVersionException e) {
            return Problem.of("concurrent-edit", "The record was changed by someone else", Response.Status.CONFLICT,
                    e.getMessage()).toResponse();
        }
        if (exception instanceof BusinessRuleException e) {
            return Problem.of("rule:" + e.rule(), "The request conflicts with the current state",
                    Response.Status.CONFLICT, e.getMessage()).toResponse();
        }
        if (exception instanceof ReportFailedException e) {
            LOG.log(Level.SEVERE, "Report template " + e.template() + " failed", e);
            return Problem.of("report-failed", "The report could not be produced",
                    Response.Status.INTERNAL_SERVER_ERROR, e.getMessage()).toResponse();
        }
        LOG.log(Level.SEVERE, "Unclassified Suaka failure", exception);
        return Problem.of("internal", "The request failed", Response.Status.INTERNAL_SERVER_ERROR,
                exception.getMessage()).toResponse();
    }
}
