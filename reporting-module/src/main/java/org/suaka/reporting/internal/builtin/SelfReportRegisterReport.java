package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Daftar Wajib Lapor: the monthly self-report register (Perpres 125/2016 Pasal 36) of a month, every person
 * under supervision with their last self-report in the month, those who have not reported first.
 */
@ApplicationScoped
public class SelfReportRegisterReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "self-report-register";
    /** The report's only parameter, the month as {@code YYYY-MM}. */
    public static final String MONTH = "month";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.self_report_register";

    protected SelfReportRegisterReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public SelfReportRegisterReport(SelfReportRegisterDataset dataset) {
        super(ID, "1.0", "self_report_register", "self-report-register.jrxml", dataset, new ReportParameter(MONTH, ParameterType.YEAR_MONTH, true));
    }
}
