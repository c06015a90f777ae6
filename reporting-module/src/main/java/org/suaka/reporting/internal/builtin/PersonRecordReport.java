package org.suaka.reporting.internal.builtin;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * Data Individu Pengungsi: one person's record as the office keeps it, with their photo, identity,
 * profile, UNHCR status, documents, ID cards, supervision status history and placements.
 */
@ApplicationScoped
public class PersonRecordReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "person-record";
    /** The report's only parameter, the person's id. */
    public static final String PERSON = "person";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.person_record";
    private static final ReportTemplate TEMPLATE = ReportTemplate.classpath(PersonRecordReport.class,
            "org/suaka/reporting/internal/builtin/person-record.jrxml");

    private PersonRecordDataset dataset;

    protected PersonRecordReport() {
        // for CDI
    }

    /** @param dataset where the record comes from */
    @Inject
    public PersonRecordReport(PersonRecordDataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String title(Locale locale) {
        return ReportBundles.load(PersonRecordReport.class, BUNDLE, locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(PERSON, ParameterType.RECORD_ID, true));
    }

    @Override
    public ReportTemplate template() {
        return TEMPLATE;
    }

    @Override
    public ReportDataset dataset() {
        return dataset;
    }

    @Override
    public String resourceBundle() {
        return BUNDLE;
    }
}
