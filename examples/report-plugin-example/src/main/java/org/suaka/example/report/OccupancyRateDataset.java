package org.suaka.example.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;

/**
 * The installed dataset {@code occupancy}, with each shelter's occupancy rate added: the Java part of this
 * plugin, which a template alone could not do as plainly.
 */
public class OccupancyRateDataset implements ReportDataset {

    /** The day counted; the day of issue when not given. */
    static final String DATE = "date";

    @Override
    public String name() {
        return OccupancyRateReport.ID;
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("shelter", "the shelter's name"),
                DatasetField.count("occupants", "persons placed there"),
                DatasetField.text("rate", "occupants as a share of the capacity, e.g. 85%"));
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        ReportData occupancy = context.datasets().fetch("occupancy", context, arguments);
        List<Map<String, Object>> rows = occupancy.rows().stream().map(OccupancyRateDataset::withRate).toList();
        return new ReportData(occupancy.parameters(), rows);
    }

    private static Map<String, Object> withRate(Map<String, Object> row) {
        Map<String, Object> rated = new HashMap<>(row);
        int capacity = ((Number) row.get("capacity")).intValue();
        long occupants = ((Number) row.get("occupants")).longValue();
        rated.put("rate", capacity == 0 ? "-" : Math.round(100.0 * occupants / capacity) + "%");
        return rated;
    }
}
