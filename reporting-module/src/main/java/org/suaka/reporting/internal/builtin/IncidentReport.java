package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/** Laporan Kejadian: one incident in a shelter with the persons involved and its follow-ups. */
@ApplicationScoped
public class IncidentReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "incident";
    /** The incident's id. */
    public static final String INCIDENT = "incident";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.incident";

    protected IncidentReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public IncidentReport(IncidentDataset dataset) {
        super(ID, "1.0", "incident", "incident.jrxml", dataset, new ReportParameter(INCIDENT, ParameterType.RECORD_ID, true));
    }
}
