package org.suaka.reporting.spi;

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
}
