package org.suaka.example.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suaka.reporting.testkit.RenderedReport;
import org.suaka.reporting.testkit.ReportTestKit;

/** The plugin's report, rendered by the test kit from the occupancy dataset's sample rows: no server needed. */
class OccupancyRateReportTest {

    @Test
    void eachShelterShowsItsOccupancyRate() {
        RenderedReport report = ReportTestKit.render(new OccupancyRateReport(), Map.of("date", "2024-09-30"),
                Locale.ENGLISH);
        assertTrue(report.text().contains("SHELTER OCCUPANCY RATE"), report.text());
        assertTrue(report.text().contains("Hotel Ina Bo'i 56 86%"), report.text());
        assertTrue(report.text().contains("Hotel Lavender Kupang 71 89%"), report.text());
    }
}
