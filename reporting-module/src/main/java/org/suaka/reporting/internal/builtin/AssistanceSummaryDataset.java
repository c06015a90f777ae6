package org.suaka.reporting.internal.builtin;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.partner.api.AssistanceService;
import org.suaka.partner.api.AssistanceTally;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The assistance partners gave in a period of months, one row per month, partner and kind with its records,
 * persons covered and amount, from one GROUP BY of the partner module.
 */
@ApplicationScoped
public class AssistanceSummaryDataset implements ReportDataset {

    /** The longest period summed up, in months. */
    private static final int MAX_MONTHS = 12;

    private AssistanceService assistance;

    protected AssistanceSummaryDataset() {
        // for CDI
    }

    /** @param assistance the assistance partners gave */
    @Inject
    public AssistanceSummaryDataset(AssistanceService assistance) {
        this.assistance = assistance;
    }

    @Override
    public String name() {
        return AssistanceSummaryReport.ID;
    }

    @Override
    public String description() {
        return "The assistance partners gave in a period: one row per month, partner and kind, voided records left out";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(AssistanceSummaryReport.FROM, ParameterType.YEAR_MONTH, true),
                new ReportParameter(AssistanceSummaryReport.TO, ParameterType.YEAR_MONTH, true));
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.count("number", "the row's number"), DatasetField.text("month", "the month"),
                DatasetField.text("organisation", "the partner"), DatasetField.text("kind", "what was given"),
                DatasetField.count("records", "how many records"), DatasetField.count("persons", "how many persons they cover"),
                DatasetField.text("amount", "their amount in rupiah, written with the locale's grouping"));
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        YearMonth from = arguments.yearMonth(AssistanceSummaryReport.FROM);
        YearMonth to = arguments.yearMonth(AssistanceSummaryReport.TO);
        if (to.isBefore(from) || !to.isBefore(from.plusMonths(MAX_MONTHS))) {
            throw new InvalidFieldException(AssistanceSummaryReport.TO, "The period ends on or after it begins, within "
                    + MAX_MONTHS + " months");
        }
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(AssistanceSummaryReport.class, AssistanceSummaryReport.BUNDLE, locale);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        NumberFormat rupiah = NumberFormat.getIntegerInstance(locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        long amount = 0;
        long persons = 0;
        for (AssistanceTally tally : assistance.totals(from, to)) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("month", monthName.format(tally.month()));
            row.put("organisation", tally.organisationName());
            row.put("kind", labels.getString("kind." + tally.kind().name()));
            row.put("records", tally.records());
            row.put("persons", tally.personsCovered());
            row.put("amount", rupiah.format(tally.amount()));
            rows.add(row);
            amount += tally.amount();
            persons += tally.personsCovered();
        }
        String period = from.equals(to) ? monthName.format(from) : monthName.format(from) + " – " + monthName.format(to);
        return new ReportData(Map.of("PERIOD_LABEL", period, "TOTAL_AMOUNT", rupiah.format(amount), "TOTAL_PERSONS", persons), rows);
    }
}
