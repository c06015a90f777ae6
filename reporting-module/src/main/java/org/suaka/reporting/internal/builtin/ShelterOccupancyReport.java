package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Laporan Hunian Tempat Penampungan: every shelter of the office on a day, its total and each room, with
 * capacity, persons, men, women, children and families; exact for any past day.
 */
@ApplicationScoped
public class ShelterOccupancyReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "shelter-occupancy";
    /** The report's only parameter, the day counted. */
    public static final String DATE = "date";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.shelter_occupancy";

    protected ShelterOccupancyReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public ShelterOccupancyReport(ShelterOccupancyDataset dataset) {
        super(ID, "1.0", "shelter_occupancy", "shelter-occupancy.jrxml", dataset,
                new ReportParameter(DATE, ParameterType.DATE, true));
    }
}
