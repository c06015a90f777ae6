package org.suaka.web.rest.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Database conflicts: a concurrent edit (stale version) or a unique constraint hit by a request that
 * raced another. Both are 409; the client re-reads and tries again. Nothing was written.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    @Override
    public Response toResponse(PersistenceException exception) {
        return UnexpectedExceptionMapper.classify(exception);
    }
}
