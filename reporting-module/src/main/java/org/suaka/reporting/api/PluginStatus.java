package org.suaka.reporting.api;

import java.time.Instant;
import java.util.List;

/**
 * A plugin file in the plugins directory, installed or broken.
 *
 * @param file the file's name in the directory, e.g. {@code occupancy-summary.zip}
 * @param state {@code INSTALLED} or {@code BROKEN}
 * @param reports the reports it provides, as {@code id@version}; empty when broken
 * @param line the line of the problem in the file named by {@code problemFile}, or 0 when unknown
 * @param problemFile the file the problem is in (a template inside a zip, for instance); null when installed
 * @param problem what is wrong; null when installed
 * @param loadedAt when the file was last read
 */
public record PluginStatus(String file, String state, List<String> reports, int line, String problemFile,
        String problem, Instant loadedAt) {

    /** The state of a plugin that works. */
    public static final String INSTALLED = "INSTALLED";
    /** The state of a plugin that failed to load or compile. */
    public static final String BROKEN = "BROKEN";

    public PluginStatus {
        reports = List.copyOf(reports);
    }
}
