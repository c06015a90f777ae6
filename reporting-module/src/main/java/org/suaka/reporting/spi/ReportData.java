package org.suaka.reporting.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dataset returns: template parameters and rows, each row a map from field name to value. The
 * maps are copied so that neither the plugin nor the engine can change the other's data afterwards.
 *
 * @param parameters values for the template's {@code $P{...}} parameters
 * @param rows values for the template's {@code $F{...}} fields, one map per row
 */
public record ReportData(Map<String, Object> parameters, List<Map<String, Object>> rows) {

    public ReportData {
        parameters = Map.copyOf(parameters);
        rows = rows.stream().map(row -> Map.copyOf(new HashMap<>(row))).toList();
    }
}
