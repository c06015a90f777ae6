package org.suaka.reporting.api;

import java.util.List;

/**
 * An installed report as a catalogue shows it.
 *
 * @param id the report's id
 * @param version its template version
 * @param title its title in the requested language
 * @param parameters the names of the parameters it takes
 * @param form the parameters as a form shows them: type, whether required, label
 * @param plugin the plugin file that provides it, or null for a built-in report
 */
public record ReportInfo(String id, String version, String title, List<String> parameters, List<ParameterInfo> form,
        String plugin) {

    public ReportInfo {
        parameters = List.copyOf(parameters);
        form = List.copyOf(form);
    }
}
