package org.suaka.platform.persistence;

/**
 * A module's changelog could not be applied. The application must not serve requests on a schema it
 * does not understand, so this stops the module from starting.
 */
public class SchemaMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SchemaMigrationException(String changelog, Exception cause) {
        super("Could not apply database changelog " + changelog + ": " + cause.getMessage(), cause);
    }
}
