package org.suaka.platform.api;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Checks a command's constraints inside a service. Open Liberty does not run method validation on every
 * enterprise bean (see STACK.md), so the services that take a command check it themselves before using it.
 */
public final class Commands {

    private Commands() {
    }

    /**
     * @param <T> the command's type
     * @param validator the container's validator
     * @param command the command as the caller sent it
     * @return the command, when it breaks no constraint
     * @throws ConstraintViolationException naming each field at fault
     */
    public static <T> T valid(Validator validator, T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }
}
