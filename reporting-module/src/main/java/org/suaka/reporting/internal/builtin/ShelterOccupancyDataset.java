package org.suaka.reporting.internal.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.registry.api.GroupFigures;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.ShelterFigures;
import org.suaka.shelter.api.ShelterOccupancy;
import org.suaka.shelter.api.UnitFigures;

/**
 * The occupancy of every shelter of the office on a day: a total row per shelter, then a row per room (and
 * one for those placed without a room), from the shelter module's figures.
 */
@ApplicationScoped
public class ShelterOccupancyDataset implements ReportDataset {

    private OccupancyStatistics occupancy;

    protected ShelterOccupancyDataset() {
        // for CDI
    }

    /** @param occupancy the shelters' figures */
    @Inject
    public ShelterOccupancyDataset(OccupancyStatistics occupancy) {
        this.occupancy = occupancy;
    }

    @Override
    public String name() {
        return ShelterOccupancyReport.ID;
    }

    @Override
    public String description() {
        return "Every shelter on a day, a total row then a row per room: capacity, persons, men, women, children, families";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(ShelterOccupancyReport.DATE, ParameterType.DATE, true));
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("label", "the shelter's name, or a room's"),
                new DatasetField("capacity", Integer.class.getName(), "the places"),
                DatasetField.count("persons", "the persons placed"), DatasetField.count("men", "men, 18 and older"),
                DatasetField.count("women", "women, 18 and older"), DatasetField.count("children", "under 18"),
                DatasetField.count("families", "families with two or more members present"),
                new DatasetField("total", Boolean.class.getName(), "whether the row is a shelter's total"));
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        LocalDate date = arguments.date(ShelterOccupancyReport.DATE).orElseThrow();
        ResourceBundle labels = ReportBundles.load(ShelterOccupancyReport.class, ShelterOccupancyReport.BUNDLE,
                context.locale());
        List<Map<String, Object>> rows = new ArrayList<>();
        long persons = 0;
        long capacity = 0;
        for (ShelterOccupancy shelter : occupancy.occupancyOn(date)) {
            ShelterFigures figures = occupancy.figuresOn(shelter.shelterId(), date);
            rows.add(row(figures.name(), figures.capacity(), figures.figures(), true));
            for (UnitFigures unit : figures.units()) {
                rows.add(row("    " + (unit.name() == null ? labels.getString("withoutUnit") : unit.name()), unit.capacity(),
                        unit.figures(), false));
            }
            persons += figures.figures().persons();
            capacity += figures.capacity();
        }
        return new ReportData(Map.of("DATE_LABEL", DocumentDates.longDate(date, context.locale()),
                "TOTAL_PERSONS", persons, "TOTAL_CAPACITY", capacity), rows);
    }

    private static Map<String, Object> row(String label, int capacity, GroupFigures figures, boolean total) {
        Map<String, Object> row = new HashMap<>();
        row.put("label", label);
        row.put("capacity", capacity);
        row.put("persons", figures.persons());
        row.put("men", figures.men());
        row.put("women", figures.women());
        row.put("children", figures.children());
        row.put("families", figures.families());
        row.put("total", total);
        return row;
    }
}
