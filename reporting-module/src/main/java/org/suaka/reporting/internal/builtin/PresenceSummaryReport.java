package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/** Rekapitulasi Kehadiran: the presence checks of a month per shelter and day, with their counts. */
@ApplicationScoped
public class PresenceSummaryReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "presence-summary";
    /** The month, as {@code YYYY-MM}. */
    public static final String MONTH = "month";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.presence_summary";

    protected PresenceSummaryReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public PresenceSummaryReport(PresenceSummaryDataset dataset) {
        super(ID, "1.0", "presence_summary", "presence-summary.jrxml", dataset,
                new ReportParameter(MONTH, ParameterType.YEAR_MONTH, true));
    }
}
