package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.OccupancyStatistics;

/**
 * Each shelter of the office with its capacity and the persons placed there on a day: one GROUP BY in the
 * shelter module.
 */
@ApplicationScoped
public class OccupancyDataset implements ReportDataset {

    /** The dataset's name. */
    public static final String NAME = "occupancy";
    /** Its parameter: the day counted, the day of issue when not given. */
    public static final String DATE = "date";

    private OccupancyStatistics occupancy;

    protected OccupancyDataset() {
        // for CDI
    }

    /**
     * @param occupancy the shelters' counts
     */
    @Inject
    public OccupancyDataset(OccupancyStatistics occupancy) {
        this.occupancy = occupancy;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Each shelter of the office with its capacity and the persons placed there on a day";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("shelter", "the shelter's name"),
                new DatasetField("capacity", Integer.class.getName(), "its places"),
                DatasetField.count("occupants", "persons placed there that day"),
                DatasetField.count("free", "places left that day; negative when over capacity"));
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(DATE, ParameterType.DATE, false));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("DATE_LABEL (String)", "TOTAL_OCCUPANTS (Long)", "TOTAL_CAPACITY (Long)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        LocalDate day = arguments.date(DATE).orElse(context.issuedOn());
        List<Map<String, Object>> rows = occupancy.occupancyOn(day).stream()
                .map(o -> Map.<String, Object>of("shelter", o.shelterName(), "capacity", o.capacity(),
                        "occupants", o.occupants(), "free", (long) o.capacity() - o.occupants()))
                .toList();
        long occupants = rows.stream().mapToLong(r -> (Long) r.get("occupants")).sum();
        long capacity = rows.stream().mapToLong(r -> (Integer) r.get("capacity")).sum();
        return new ReportData(Map.of("DATE_LABEL", DocumentDates.longDate(day, context.locale()),
                "TOTAL_OCCUPANTS", occupants, "TOTAL_CAPACITY", capacity), rows);
    }
}
