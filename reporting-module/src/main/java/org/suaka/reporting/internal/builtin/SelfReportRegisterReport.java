package org.suaka.reporting.internal.builtin;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * Daftar Wajib Lapor: the monthly self-report register (Perpres 125/2016 Pasal 36) of a month, every person
 * under supervision with their last self-report in the month, those who have not reported first.
 */
@ApplicationScoped
public class SelfReportRegisterReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "self-report-register";
    /** The report's only parameter, the month as {@code YYYY-MM}. */
    public static final String MONTH = "month";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.self_report_register";
    private static final ReportTemplate TEMPLATE = ReportTemplate.classpath(SelfReportRegisterReport.class,
            "org/suaka/reporting/internal/builtin/self-report-register.jrxml");

    private SelfReportRegisterDataset dataset;

    protected SelfReportRegisterReport() {
        // for CDI
    }

    /** @param dataset where the register comes from */
    @Inject
    public SelfReportRegisterReport(SelfReportRegisterDataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String title(Locale locale) {
        return ReportBundles.load(SelfReportRegisterReport.class, BUNDLE, locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(MONTH, ParameterType.YEAR_MONTH, true));
    }

    @Override
    public ReportTemplate template() {
        return TEMPLATE;
    }

    @Override
    public ReportDataset dataset() {
        return dataset;
    }

    @Override
    public String resourceBundle() {
        return BUNDLE;
    }
}
