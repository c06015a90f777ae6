package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/** Rekapitulasi Bantuan: the assistance partners gave per month, partner and kind. */
@ApplicationScoped
public class AssistanceSummaryReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "assistance-summary";
    /** The first month of the period. */
    public static final String FROM = "fromMonth";
    /** The last month of the period. */
    public static final String TO = "toMonth";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.assistance_summary";

    protected AssistanceSummaryReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public AssistanceSummaryReport(AssistanceSummaryDataset dataset) {
        super(ID, "1.0", "assistance_summary", "assistance-summary.jrxml", dataset,
                new ReportParameter(FROM, ParameterType.YEAR_MONTH, true), new ReportParameter(TO, ParameterType.YEAR_MONTH, true));
    }
}
