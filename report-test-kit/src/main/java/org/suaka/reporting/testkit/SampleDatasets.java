package org.suaka.reporting.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Sample rows for the installed datasets, from the Kupang scenario (three hotels, 171 refugees from
 * Afghanistan and Pakistan), with the fields and parameters the server's datasets have.
 */
public final class SampleDatasets {

    private static final String DATE_LABEL = "DATE_LABEL";

    private SampleDatasets() {
    }

    /**
     * @param name an installed dataset's name: {@code occupancy}, {@code population} or {@code monthly-statistics}
     * @return its sample, or empty when the kit has none
     */
    public static Optional<SampleDataset> named(String name) {
        return Optional.ofNullable(switch (name) {
            case "occupancy" -> occupancy();
            case "population" -> population();
            case "monthly-statistics" -> monthlyStatistics();
            default -> null;
        });
    }

    /** @return the shelters of Rudenim Kupang on 30 September 2024 */
    public static SampleDataset occupancy() {
        return new SampleDataset("occupancy",
                List.of(DatasetField.text("shelter", "the shelter's name"),
                        new DatasetField("capacity", Integer.class.getName(), "its places"),
                        DatasetField.count("occupants", "persons placed there that day"),
                        DatasetField.count("free", "places left that day")),
                List.of(new ReportParameter("date", ParameterType.DATE, false)),
                Map.of(DATE_LABEL, "30 September 2024", "TOTAL_OCCUPANTS", 171L, "TOTAL_CAPACITY", 195L),
                List.of(shelter("Hotel Ina Bo'i", 65, 56), shelter("Hotel Kupang Inn", 50, 44),
                        shelter("Hotel Lavender Kupang", 80, 71)));
    }

    /** @return the persons under supervision in Kupang by nationality and sex */
    public static SampleDataset population() {
        return new SampleDataset("population",
                List.of(DatasetField.text("dimension", "NATIONALITY or SEX"), DatasetField.text("code", "the code"),
                        DatasetField.text("label", "the name"), DatasetField.count("count", "persons")),
                List.of(new ReportParameter("date", ParameterType.DATE, false)),
                Map.of(DATE_LABEL, "30 September 2024", "TOTAL", 171L),
                List.of(Map.of("dimension", "NATIONALITY", "code", "AFG", "label", "Afganistan", "count", 150L),
                        Map.of("dimension", "NATIONALITY", "code", "PAK", "label", "Pakistan", "count", 21L),
                        Map.of("dimension", "SEX", "code", "MALE", "label", "Laki-laki", "count", 103L),
                        Map.of("dimension", "SEX", "code", "FEMALE", "label", "Perempuan", "count", 68L)));
    }

    /** @return the monthly statistics of Kupang for September 2024 */
    public static SampleDataset monthlyStatistics() {
        return new SampleDataset("monthly-statistics",
                List.of(new DatasetField("sectionOrder", Integer.class.getName(), "the section's position"),
                        DatasetField.text("section", "the section's title"), DatasetField.text("label", "the row's label"),
                        DatasetField.count("count", "persons")),
                List.of(new ReportParameter("month", ParameterType.YEAR_MONTH, true)),
                Map.of("MONTH_LABEL", "September 2024", "CUT_OFF_DATE", "30 September 2024",
                        "TOTAL_UNDER_SUPERVISION", 171L),
                List.of(row(1, "Menurut kewarganegaraan", "Afganistan (AFG)", 150),
                        row(1, "Menurut kewarganegaraan", "Pakistan (PAK)", 21),
                        row(2, "Menurut jenis kelamin", "Laki-laki", 103),
                        row(2, "Menurut jenis kelamin", "Perempuan", 68)));
    }

    private static Map<String, Object> shelter(String name, int capacity, long occupants) {
        return Map.of("shelter", name, "capacity", capacity, "occupants", occupants, "free", capacity - occupants);
    }

    private static Map<String, Object> row(int order, String section, String label, long count) {
        return Map.of("sectionOrder", order, "section", section, "label", label, "count", count);
    }
}
