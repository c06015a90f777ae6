package org.suaka.reporting.internal.builtin;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.Countries;
import org.suaka.platform.api.Tally;
import org.suaka.registry.api.MonthlyMovement;
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
import org.suaka.shelter.api.IncidentService;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.ShelterOccupancy;

/**
 * The figures of the monthly statistics, as of the last day of the month. Shelters that housed nobody
 * that day are left out of the shelter section. Every figure is a GROUP BY
 * in the owning module, reached through its api; nothing here loads persons.
 */
@ApplicationScoped
public class MonthlyStatisticsDataset implements ReportDataset {

    /** Field: the section's position, so that sections keep their order. */
    static final String SECTION_ORDER = "sectionOrder";
    /** Field: the section's title. */
    static final String SECTION = "section";
    /** Field: the row's label. */
    static final String LABEL = "label";
    /** Field: the row's count. */
    static final String COUNT = "count";

    /** The chart's printed size in points, and the most nationalities it shows. */
    private static final int CHART_WIDTH = 495;
    private static final int CHART_HEIGHT = 110;
    private static final int CHART_GROUPS = 8;

    private SupervisionStatistics supervision;
    private OccupancyStatistics occupancy;
    private IncidentService incidents;

    protected MonthlyStatisticsDataset() {
        // for CDI
    }

    /**
     * @param supervision the registry's counts
     * @param occupancy the shelters' counts
     * @param incidents the shelters' incidents, counted by type
     */
    @Inject
    public MonthlyStatisticsDataset(SupervisionStatistics supervision, OccupancyStatistics occupancy,
            IncidentService incidents) {
        this.supervision = supervision;
        this.occupancy = occupancy;
        this.incidents = incidents;
    }

    @Override
    public String name() {
        return MonthlyStatisticsReport.ID;
    }

    @Override
    public String description() {
        return "The office's monthly statistics: persons under supervision at the end of a month by nationality,"
                + " sex, shelter, age band and UNHCR status, and the month's entries and exits by reason, in sections";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(new DatasetField(SECTION_ORDER, Integer.class.getName(), "the section's position: group by it"),
                DatasetField.text(SECTION, "the section's title"), DatasetField.text(LABEL, "the row's label"),
                DatasetField.count(COUNT, "persons"));
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(MonthlyStatisticsReport.MONTH, ParameterType.YEAR_MONTH, true));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("MONTH_LABEL (String)", "CUT_OFF_DATE (String)", "TOTAL_UNDER_SUPERVISION (Long)",
                "CHART (byte[] PNG: persons by nationality and sex; absent with nobody under supervision)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        YearMonth month = arguments.yearMonth(MonthlyStatisticsReport.MONTH);
        LocalDate cutOff = month.atEndOfMonth();
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(MonthlyStatisticsReport.class, MonthlyStatisticsReport.BUNDLE,
                locale);
        long total = supervision.countUnderSupervision(cutOff);

        List<Map<String, Object>> rows = new ArrayList<>();
        addNationalityAndSex(rows, 1, cutOff, labels, locale);
        long housed = 0;
        for (ShelterOccupancy o : occupancy.occupancyOn(cutOff)) {
            if (o.occupants() > 0) {
                rows.add(row(3, labels.getString("section.shelter"), o.shelterName(), o.occupants()));
                housed += o.occupants();
            }
        }
        if (total > housed) {
            rows.add(row(3, labels.getString("section.shelter"), labels.getString("shelter.none"), total - housed));
        }
        addBreakdowns(rows, month, labels);
        Map<String, Object> parameters = new java.util.HashMap<>(headline(month, locale, total));
        List<GroupedBarChart.Group> chart = addNationalityBySex(rows, cutOff, labels, locale);
        if (!chart.isEmpty()) {
            parameters.put("CHART", GroupedBarChart.png(CHART_WIDTH, CHART_HEIGHT,
                    List.of(labels.getString("sex.MALE"), labels.getString("sex.FEMALE")), chart));
        }
        return new ReportData(parameters, rows);
    }

    /**
     * Adds the section by nationality and sex, and returns the same figures as the chart's groups: one per
     * nationality, men and women, the largest first.
     */
    private List<GroupedBarChart.Group> addNationalityBySex(List<Map<String, Object>> rows, LocalDate cutOff,
            ResourceBundle labels, Locale locale) {
        Map<String, long[]> bySex = new java.util.LinkedHashMap<>();
        String section = labels.getString("section.nationalitySex");
        for (Tally t : supervision.byNationalityAndSex(cutOff)) {
            String[] key = t.key().split(":", 2);
            rows.add(row(9, section, Countries.name(key[0], locale) + " (" + key[0] + ") · "
                    + labels.getString("sex." + key[1]), t.count()));
            bySex.computeIfAbsent(key[0], k -> new long[2])["FEMALE".equals(key[1]) ? 1 : 0] += t.count();
        }
        return bySex.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1])))
                .limit(CHART_GROUPS)
                .map(e -> new GroupedBarChart.Group(Countries.name(e.getKey(), locale), e.getValue())).toList();
    }

    /**
     * Adds the sections by age band, by UNHCR status and by family at the end of the month, and the entries
     * and exits of the month (exits by reason).
     *
     * @param rows the rows so far
     * @param month the month reported
     * @param labels the report's labels
     */
    private void addBreakdowns(List<Map<String, Object>> rows, YearMonth month, ResourceBundle labels) {
        LocalDate cutOff = month.atEndOfMonth();
        for (Tally t : supervision.byAgeBand(cutOff)) {
            rows.add(row(4, labels.getString("section.age"), MessageFormat.format(labels.getString("age.band"), t.key()),
                    t.count()));
        }
        for (Tally t : supervision.byUnhcrStatus(cutOff)) {
            rows.add(row(5, labels.getString("section.unhcr"), labels.getString("unhcr." + t.key()), t.count()));
        }
        Map<String, Long> families = new java.util.HashMap<>();
        supervision.familiesAndSingles(cutOff).forEach(t -> families.put(t.key(), t.count()));
        rows.add(row(8, labels.getString("section.families"), MessageFormat.format(labels.getString("family.IN_FAMILIES"),
                families.getOrDefault("FAMILIES", 0L)), families.getOrDefault("IN_FAMILIES", 0L)));
        rows.add(row(8, labels.getString("section.families"), labels.getString("family.SINGLE"),
                families.getOrDefault("SINGLE", 0L)));
        MonthlyMovement movement = supervision.movements(month, month).get(0);
        String entries = labels.getString("section.entries");
        long births = supervision.births(month.atDay(1), cutOff);
        if (movement.arrivals() > births) {
            rows.add(row(6, entries, labels.getString("entry.arrival"), movement.arrivals() - births));
        }
        if (births > 0) {
            rows.add(row(6, entries, labels.getString("entry.birth"), births));
        }
        if (movement.transfersIn() > 0) {
            rows.add(row(6, entries, labels.getString("entry.transfer"), movement.transfersIn()));
        }
        String exits = labels.getString("section.exits");
        for (Tally t : supervision.departuresByReason(month.atDay(1), cutOff)) {
            rows.add(row(7, exits, labels.getString("exit." + t.key()), t.count()));
        }
        if (movement.transfersOut() > 0) {
            rows.add(row(7, exits, labels.getString("exit.TRANSFER_OUT"), movement.transfersOut()));
        }
        for (Tally t : incidents.countByType(month.atDay(1), cutOff)) {
            rows.add(row(10, labels.getString("section.incidents"), labels.getString("incident." + t.key()), t.count()));
        }
    }

    /**
     * Adds the sections by nationality and by sex, counted on the day.
     *
     * @param rows the rows so far
     * @param order the position of the first of the two sections
     * @param cutOff the day counted
     * @param labels the report's labels
     * @param locale the document's language
     */
    void addNationalityAndSex(List<Map<String, Object>> rows, int order, LocalDate cutOff, ResourceBundle labels,
            Locale locale) {
        for (Tally t : supervision.byNationality(cutOff)) {
            rows.add(row(order, labels.getString("section.nationality"),
                    Countries.name(t.key(), locale) + " (" + t.key() + ")", t.count()));
        }
        for (Tally t : supervision.bySex(cutOff)) {
            rows.add(row(order + 1, labels.getString("section.sex"), labels.getString("sex." + t.key()), t.count()));
        }
    }

    /**
     * @param month the month reported
     * @param locale the document's language
     * @param total the persons under supervision at the end of the month
     * @return the parameters of the document's head
     */
    static Map<String, Object> headline(YearMonth month, Locale locale, long total) {
        return Map.of("MONTH_LABEL", DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month),
                "CUT_OFF_DATE", DocumentDates.longDate(month.atEndOfMonth(), locale),
                "TOTAL_UNDER_SUPERVISION", total);
    }

    /**
     * @param order the section's position
     * @param section the section's title
     * @param label the row's label
     * @param count the row's count
     * @return one row of the statistics table
     */
    static Map<String, Object> row(int order, String section, String label, long count) {
        return Map.of(SECTION_ORDER, order, SECTION, section, LABEL, label, COUNT, count);
    }
}
