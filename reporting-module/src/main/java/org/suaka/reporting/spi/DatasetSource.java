package org.suaka.reporting.spi;

/**
 * The installed datasets by name, for a plugin that builds its rows on one of them rather than on the
 * module apis directly (a jar plugin, which is not a CDI bean, reaches data this way).
 */
@FunctionalInterface
public interface DatasetSource {

    /**
     * @param dataset the dataset's name, as {@code GET /api/v1/reports/datasets} lists it
     * @param context the request's circumstances
     * @param arguments the arguments the dataset reads (its own parameters, by name)
     * @return its rows and parameters
     * @throws IllegalArgumentException when no dataset has the name
     */
    ReportData fetch(String dataset, ReportContext context, ReportArguments arguments);
}
