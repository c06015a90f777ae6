package org.suaka.reporting.internal.application;

/**
 * The engine could not fill an installed report: fired so that a plugin's report is marked broken.
 *
 * @param reportId the report
 * @param message what failed
 */
public record ReportFillFailed(String reportId, String message) {
}
