package org.suaka.reporting.internal.builtin;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.CheckSummary;
import org.suaka.shelter.api.PresenceService;

/** The presence checks of a month per shelter and day, counted in SQL by the shelter module. */
@ApplicationScoped
public class PresenceSummaryDataset implements ReportDataset {

    private PresenceService presence;

    protected PresenceSummaryDataset() {
        // for CDI
    }

    /** @param presence the presence checks */
    @Inject
    public PresenceSummaryDataset(PresenceService presence) {
        this.presence = presence;
    }

    @Override
    public String name() {
        return PresenceSummaryReport.ID;
    }

    @Override
    public String description() {
        return "The presence checks of a month per shelter and day: expected, present, absent, on leave, hospital, flagged";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(PresenceSummaryReport.MONTH, ParameterType.YEAR_MONTH, true));
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("shelter", "the shelter"), DatasetField.text("day", "the day of the check"),
                DatasetField.count("expected", "persons expected"), DatasetField.count("present", "present"),
                DatasetField.count("absent", "absent"), DatasetField.count("onLeave", "on an exit permit"),
                DatasetField.count("inHospital", "in hospital"), DatasetField.count("flagged", "absent without a permit"));
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        YearMonth month = arguments.yearMonth(PresenceSummaryReport.MONTH);
        List<CheckSummary> checks = presence.month(month);
        List<Map<String, Object>> rows = checks.stream().map(check -> {
            Map<String, Object> row = new HashMap<>();
            row.put("shelter", check.shelterName());
            row.put("day", DocumentDates.longDate(check.day(), context.locale()));
            row.put("expected", check.expected());
            row.put("present", check.present());
            row.put("absent", check.absent());
            row.put("onLeave", check.onLeave());
            row.put("inHospital", check.inHospital());
            row.put("flagged", check.flagged());
            return row;
        }).toList();
        return new ReportData(Map.of("MONTH_LABEL", DateTimeFormatter.ofPattern("MMMM yyyy", context.locale()).format(month),
                "CHECKS", (long) checks.size()), rows);
    }
}
