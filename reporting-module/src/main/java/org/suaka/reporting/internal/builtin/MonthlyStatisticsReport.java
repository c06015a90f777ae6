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
 * The monthly statistics of refugees under supervision, sent to Ditjen Imigrasi: how many persons were
 * under supervision at the end of the month, by nationality, sex, shelter, age band and UNHCR status, and
 * who came and left in the month, by reason. Version 1.1 added the age bands, the UNHCR status and the
 * month's entries and exits.
 */
@ApplicationScoped
public class MonthlyStatisticsReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "monthly-statistics";
    /** The report's only parameter, the month as {@code YYYY-MM}. */
    public static final String MONTH = "month";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.monthly_statistics";
    private static final ReportTemplate TEMPLATE = ReportTemplate.classpath(MonthlyStatisticsReport.class,
            "org/suaka/reporting/internal/builtin/monthly-statistics.jrxml");

    private MonthlyStatisticsDataset dataset;

    protected MonthlyStatisticsReport() {
        // for CDI
    }

    /**
     * @param dataset where the figures come from
     */
    @Inject
    public MonthlyStatisticsReport(MonthlyStatisticsDataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.1";
    }

    @Override
    public String title(Locale locale) {
        return ReportBundles.load(MonthlyStatisticsReport.class, BUNDLE, locale).getString("title");
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
