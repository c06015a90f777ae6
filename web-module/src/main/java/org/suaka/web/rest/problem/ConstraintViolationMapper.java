package org.suaka.web.rest.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures, from the resources or the module services, become 400 naming each field as
 * the client wrote it ({@code dateOfBirth}, {@code attendees[0].name}), not the Java method path.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new Problem(Problem.typeOf("validation"), "The request is not valid", 400,
                errors.size() + " field(s) are not valid", errors).toResponse();
    }

    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                name.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.length() == 0 ? "request" : name.toString();
    }
}
