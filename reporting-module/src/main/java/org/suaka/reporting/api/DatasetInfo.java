package org.suaka.reporting.api;

import java.util.List;

/**
 * A named dataset that template-only plugins read.
 *
 * @param name the name a plugin descriptor gives as {@code dataset}
 * @param description what it holds
 * @param parameters the arguments it reads
 * @param fields the fields of its rows
 * @param templateParameters the names of the parameters it gives the template besides the standard ones
 */
public record DatasetInfo(String name, String description, List<ParameterInfo> parameters, List<FieldInfo> fields,
        List<String> templateParameters) {

    public DatasetInfo {
        parameters = List.copyOf(parameters);
        fields = List.copyOf(fields);
        templateParameters = List.copyOf(templateParameters);
    }
}
