package org.suaka.platform.api;

/** What a background job tells of the fault that stopped it. */
public final class Failures {

    private Failures() {
    }

    /**
     * @param failure a fault, perhaps wrapped by the container
     * @return the message of its deepest cause, or the cause's type when it has none
     */
    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
