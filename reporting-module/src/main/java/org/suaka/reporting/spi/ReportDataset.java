package org.suaka.reporting.spi;

import java.util.List;

/**
 * A named source of report data, built on the module apis. It must compute aggregates in the database
 * (through the apis' statistics services), never by loading every record.
 */
public interface ReportDataset {

    /** @return the dataset's name, e.g. {@code monthly-statistics} */
    String name();

    /**
     * @param context who asks, in which language, for which office
     * @param arguments the caller's checked arguments
     * @return the rows and the report-specific parameters
     */
    ReportData fetch(ReportContext context, ReportArguments arguments);

    /** @return what the dataset holds, for template authors; {@code GET /api/v1/reports/datasets} shows it */
    default String description() {
        return "";
    }

    /** @return the fields of its rows */
    default List<DatasetField> fields() {
        return List.of();
    }

    /** @return the arguments it reads; a template on this dataset must declare each required one */
    default List<ReportParameter> parameters() {
        return List.of();
    }

    /**
     * @return the names of the parameters (besides the engine's standard ones) it gives the template
     */
    default List<String> templateParameters() {
        return List.of();
    }
}
