package org.suaka.reporting.internal.plugin;

import java.util.List;
import org.suaka.reporting.spi.ReportDefinition;

/**
 * A plugin file that loaded completely: every report it provides passed the checks and compiled.
 *
 * @param file its name in the plugins directory
 * @param fingerprint the first hex digits of the SHA-256 of its content
 * @param reports its reports
 * @param resources what to release when it is removed or replaced (a jar's class loader); may be null
 */
record LoadedPlugin(String file, String fingerprint, List<ReportDefinition> reports, AutoCloseable resources) {

    LoadedPlugin {
        reports = List.copyOf(reports);
    }
}
