package org.suaka.reporting.api;

import java.util.List;

/**
 * An installed report as a catalogue shows it.
 *
 * @param id the report's id
 * @param version its template version
 * @param title its title in the requested language
 * @param parameters the names of the parameters it takes
 */
public record ReportInfo(String id, String version, String title, List<String> parameters) {

    public ReportInfo {
        parameters = List.copyOf(parameters);
    }
}
