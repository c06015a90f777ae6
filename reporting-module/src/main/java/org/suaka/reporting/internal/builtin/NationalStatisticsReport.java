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
 * The national monthly statistics for Ditjen Imigrasi: the persons under the supervision of every office
 * at the end of the month, each office's count, arrivals, departures and transfers, and the country's
 * figures by nationality and sex. It is computed by the database over every office, never by adding up
 * the offices' documents. Only users of the top office issue it. It prints with the monthly statistics'
 * template.
 */
@ApplicationScoped
public class NationalStatisticsReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "national-statistics";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.national_statistics";

    private static final ReportTemplate TEMPLATE = ReportTemplate.classpath(NationalStatisticsReport.class,
            "org/suaka/reporting/internal/builtin/monthly-statistics.jrxml");

    private NationalStatisticsDataset dataset;

    protected NationalStatisticsReport() {
        // for CDI
    }

    /**
     * @param dataset where the figures come from
     */
    @Inject
    public NationalStatisticsReport(NationalStatisticsDataset dataset) {
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
        return ReportBundles.load(NationalStatisticsReport.class, BUNDLE, locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(MonthlyStatisticsReport.MONTH, ParameterType.YEAR_MONTH, true));
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
