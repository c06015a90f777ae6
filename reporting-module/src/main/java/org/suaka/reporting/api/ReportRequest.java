package org.suaka.reporting.api;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request for one official report.
 *
 * @param reportId the report's id, e.g. {@code monthly-statistics}
 * @param arguments the report's parameters as text, e.g. {@code month=2024-09}
 * @param locale the document's language
 * @param requestedBy the user name of whoever asks
 */
public record ReportRequest(
        @NotBlank @Size(max = 100) String reportId,
        @NotNull @Size(max = 20) Map<String, String> arguments,
        @NotNull Locale locale,
        @NotBlank String requestedBy) {

    public ReportRequest {
        arguments = arguments == null ? null : Map.copyOf(arguments);
    }
}
