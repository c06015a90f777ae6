package org.suaka.reporting.internal.builtin;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.SelfReportStanding;
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
 * The self-report register of a month: one row per person under supervision, those who have not reported
 * first, with the day of their last report in the month. The registry finds the last reports with one
 * GROUP BY.
 */
@ApplicationScoped
public class SelfReportRegisterDataset implements ReportDataset {

    static final String NUMBER = "number";
    static final String NAME = "name";
    static final String NATIONALITY = "nationality";
    static final String UNHCR_NUMBER = "unhcrNumber";
    static final String LAST_REPORT = "lastReport";
    static final String OVERDUE = "overdue";

    private PersonService persons;

    protected SelfReportRegisterDataset() {
        // for CDI
    }

    /** @param persons the registry's persons and their self-reports */
    @Inject
    public SelfReportRegisterDataset(PersonService persons) {
        this.persons = persons;
    }

    @Override
    public String name() {
        return SelfReportRegisterReport.ID;
    }

    @Override
    public String description() {
        return "The persons under supervision at the end of a month with their last self-report in it, those who"
                + " have not reported first";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(new DatasetField(NUMBER, Integer.class.getName(), "the row's number, from 1"),
                DatasetField.text(NAME, "the person's name"), DatasetField.text(NATIONALITY, "ISO 3166-1 alpha-3"),
                DatasetField.text(UNHCR_NUMBER, "the UNHCR individual number, or a dash"),
                DatasetField.text(LAST_REPORT, "the day of the last report in the month, or 'not reported'"),
                new DatasetField(OVERDUE, Boolean.class.getName(), "whether the person has not reported"));
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(SelfReportRegisterReport.MONTH, ParameterType.YEAR_MONTH, true));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("MONTH_LABEL (String)", "REPORTED (Long)", "NOT_REPORTED (Long)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        YearMonth month = arguments.yearMonth(SelfReportRegisterReport.MONTH);
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(SelfReportRegisterReport.class, SelfReportRegisterReport.BUNDLE,
                locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        long overdue = 0;
        for (SelfReportStanding standing : persons.selfReportStanding(month)) {
            overdue += standing.overdue() ? 1 : 0;
            String unhcr = standing.person().unhcrNumber();
            rows.add(Map.of(NUMBER, rows.size() + 1, NAME, standing.person().fullName(),
                    NATIONALITY, standing.person().nationality(), UNHCR_NUMBER, unhcr == null ? "–" : unhcr,
                    LAST_REPORT, standing.overdue() ? labels.getString("notReported")
                            : DocumentDates.longDate(standing.lastReportedOn(), locale),
                    OVERDUE, standing.overdue()));
        }
        return new ReportData(Map.of("MONTH_LABEL", DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month),
                "REPORTED", (long) rows.size() - overdue, "NOT_REPORTED", overdue), rows);
    }
}
