package org.suaka.reporting.internal.engine;

import org.suaka.reporting.api.ReportFailedException;

/**
 * A template that does not compile, with the line of the first expression the compiler refused.
 */
public class TemplateCompileException extends ReportFailedException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param template the template's name
     * @param line the line of the first refused expression in the JRXML, or 0 when unknown
     * @param message the compiler's first error
     * @param cause the compiler's exception
     */
    public TemplateCompileException(String template, int line, String message, Throwable cause) {
        super(template, message, cause);
        this.line = line;
    }

    /** @return the line of the first refused expression, or 0 when unknown */
    public int line() {
        return line;
    }
}
