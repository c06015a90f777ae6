package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Notulen Rapat: the minutes of one visit or meeting with a partner, its attendance list and the signatures of
 * the partner's representative and the head of office.
 */
@ApplicationScoped
public class VisitMinutesReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "visit-minutes";
    /** The visit's id. */
    public static final String VISIT = "visit";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.visit_minutes";

    protected VisitMinutesReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public VisitMinutesReport(VisitMinutesDataset dataset) {
        super(ID, "1.0", "visit_minutes", "visit-minutes.jrxml", dataset, new ReportParameter(VISIT, ParameterType.RECORD_ID, true));
    }
}
