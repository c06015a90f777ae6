package org.suaka.example.report;

import java.util.List;
import java.util.Locale;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * The occupancy rate of each shelter on a day. Listed in
 * {@code META-INF/services/org.suaka.reporting.spi.ReportDefinition}, so that the server finds it.
 */
public class OccupancyRateReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "occupancy-rate";

    static final String BUNDLE = "org.suaka.example.report.occupancy_rate";

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
        return ReportBundles.load(OccupancyRateReport.class, BUNDLE, locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(OccupancyRateDataset.DATE, ParameterType.DATE, false));
    }

    @Override
    public ReportTemplate template() {
        return ReportTemplate.classpath(OccupancyRateReport.class, "org/suaka/example/report/occupancy-rate.jrxml");
    }

    @Override
    public ReportDataset dataset() {
        return new OccupancyRateDataset();
    }

    @Override
    public String resourceBundle() {
        return BUNDLE;
    }
}
