package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Data Individu Pengungsi: one person's record as the office keeps it, with their photo, identity,
 * profile, UNHCR status, documents, ID cards, supervision status history and placements.
 */
@ApplicationScoped
public class PersonRecordReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "person-record";
    /** The report's only parameter, the person's id. */
    public static final String PERSON = "person";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.person_record";

    protected PersonRecordReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public PersonRecordReport(PersonRecordDataset dataset) {
        super(ID, "1.0", "person_record", "person-record.jrxml", dataset, new ReportParameter(PERSON, ParameterType.RECORD_ID, true));
    }
}
