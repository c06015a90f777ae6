package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.suaka.platform.api.Countries;
import org.suaka.platform.api.Tally;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The persons under the office's supervision on a day, counted by nationality and by sex: two GROUP BY
 * queries in the registry.
 */
@ApplicationScoped
public class PopulationDataset implements ReportDataset {

    /** The dataset's name. */
    public static final String NAME = "population";
    /** Its parameter: the day counted, the day of issue when not given. */
    public static final String DATE = "date";

    private SupervisionStatistics supervision;

    protected PopulationDataset() {
        // for CDI
    }

    /**
     * @param supervision the registry's counts
     */
    @Inject
    public PopulationDataset(SupervisionStatistics supervision) {
        this.supervision = supervision;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Persons under the office's supervision on a day, by nationality and by sex";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("dimension", "NATIONALITY or SEX"),
                DatasetField.text("code", "the ISO 3166 alpha-3 code, or MALE, FEMALE, OTHER"),
                DatasetField.text("label", "the country's or the sex's name in the document's language"),
                DatasetField.count("count", "persons under supervision that day"));
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(DATE, ParameterType.DATE, false));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("DATE_LABEL (String)", "TOTAL (Long)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        LocalDate day = arguments.date(DATE).orElse(context.issuedOn());
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(MonthlyStatisticsReport.class, MonthlyStatisticsReport.BUNDLE, locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Tally t : supervision.byNationality(day)) {
            rows.add(Map.of("dimension", "NATIONALITY", "code", t.key(), "label", Countries.name(t.key(), locale),
                    "count", t.count()));
        }
        for (Tally t : supervision.bySex(day)) {
            rows.add(Map.of("dimension", "SEX", "code", t.key(), "label", labels.getString("sex." + t.key()),
                    "count", t.count()));
        }
        return new ReportData(Map.of("DATE_LABEL", DocumentDates.longDate(day, locale),
                "TOTAL", supervision.countUnderSupervision(day)), rows);
    }
}
