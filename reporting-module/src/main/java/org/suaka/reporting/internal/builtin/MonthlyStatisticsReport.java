package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The monthly statistics of refugees under supervision, sent to Ditjen Imigrasi: how many persons were
 * under supervision at the end of the month, by nationality, sex, shelter, age band and UNHCR status, and
 * who came and left in the month, by reason. Version 1.1 added the age bands, the UNHCR status and the
 * month's entries and exits; 1.2 the births among them, the nationality by sex with its chart.
 */
@ApplicationScoped
public class MonthlyStatisticsReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "monthly-statistics";
    /** The report's only parameter, the month as {@code YYYY-MM}. */
    public static final String MONTH = "month";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.monthly_statistics";

    protected MonthlyStatisticsReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public MonthlyStatisticsReport(MonthlyStatisticsDataset dataset) {
        super(ID, "1.2", "monthly_statistics", "monthly-statistics.jrxml", dataset, new ReportParameter(MONTH, ParameterType.YEAR_MONTH, true));
    }
}
