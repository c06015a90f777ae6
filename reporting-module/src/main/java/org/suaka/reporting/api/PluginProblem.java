package org.suaka.reporting.api;

/**
 * Why a report plugin is refused (by the server when it is installed, or by the test kit), with the place
 * of the fault.
 */
public class PluginProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the file at fault, e.g. the template inside a zip
     * @param line the line in that file, or 0 when unknown
     * @param message what is wrong, for an administrator
     */
    public PluginProblem(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    /** @return the file at fault */
    public String file() {
        return file;
    }

    /** @return the line in that file, or 0 when unknown */
    public int line() {
        return line;
    }
}
