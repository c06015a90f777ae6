package org.suaka.reporting.api;

import org.suaka.platform.api.SuakaException;

/**
 * A report's template could not be compiled or filled. The message names the template and, where the
 * engine says, the line; other reports are not affected.
 */
public class ReportFailedException extends SuakaException {

    private static final long serialVersionUID = 1L;

    private final String template;

    /**
     * @param template the template's name
     * @param message what went wrong, in a sentence naming the template
     * @param cause the engine's exception
     */
    public ReportFailedException(String template, String message, Throwable cause) {
        super(message);
        this.template = template;
        initCause(cause);
    }

    /** @return the name of the template that failed */
    public String template() {
        return template;
    }
}
