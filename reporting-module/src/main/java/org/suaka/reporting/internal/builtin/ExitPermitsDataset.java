package org.suaka.reporting.internal.builtin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.ExitPermitService;
import org.suaka.shelter.api.PermitView;

/** The exit permits leaving in a period, the overdue ones first, with the persons' names from the registry. */
@ApplicationScoped
public class ExitPermitsDataset implements ReportDataset {

    /** The longest period listed. */
    private static final int MAX_DAYS = 366;

    private ExitPermitService permits;
    private PersonService persons;

    protected ExitPermitsDataset() {
        // for CDI
    }

    /**
     * @param permits the exit permits
     * @param persons the registry, for the names
     */
    @Inject
    public ExitPermitsDataset(ExitPermitService permits, PersonService persons) {
        this.permits = permits;
        this.persons = persons;
    }

    @Override
    public String name() {
        return ExitPermitsReport.ID;
    }

    @Override
    public String description() {
        return "The exit permits leaving in a period, overdue first: one row per permit";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(ExitPermitsReport.FROM, ParameterType.DATE, true),
                new ReportParameter(ExitPermitsReport.TO, ParameterType.DATE, true));
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.count("number", "the row's number"), DatasetField.text("name", "the person"),
                DatasetField.text("purpose", "purpose and destination"), DatasetField.text("leaveAt", "when the person leaves"),
                DatasetField.text("expectedReturnAt", "when the person is to be back"), DatasetField.text("state", "the state"),
                new DatasetField("overdue", Boolean.class.getName(), "whether the person is late back"));
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        LocalDate from = arguments.date(ExitPermitsReport.FROM).orElseThrow();
        LocalDate to = arguments.date(ExitPermitsReport.TO).orElseThrow();
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
            throw new InvalidFieldException("to", "The period ends on or after it begins, within a year");
        }
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(ExitPermitsReport.class, ExitPermitsReport.BUNDLE, locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
        List<PermitView> listed = permits.leavingBetween(from, to);
        Map<PersonId, PersonView> names = persons.findEach(listed.stream().map(PermitView::personId).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        long overdue = 0;
        for (PermitView permit : listed) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("name", names.containsKey(permit.personId()) ? names.get(permit.personId()).fullName() : "");
            row.put("purpose", permit.purpose() + " · " + permit.destination());
            row.put("leaveAt", time.format(permit.leaveAt()));
            row.put("expectedReturnAt", time.format(permit.expectedReturnAt()));
            row.put("state", labels.getString("state." + (permit.overdue() ? "OVERDUE" : permit.state().name())));
            row.put("overdue", permit.overdue());
            overdue += permit.overdue() ? 1 : 0;
            rows.add(row);
        }
        return new ReportData(Map.of("PERIOD_LABEL", DocumentDates.longDate(from, locale) + " – "
                + DocumentDates.longDate(to, locale), "OVERDUE", overdue), rows);
    }
}
