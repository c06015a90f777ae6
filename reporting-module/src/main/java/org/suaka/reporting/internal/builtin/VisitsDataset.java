package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.VisitView;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The visits of one partner organisation to the office, latest first, read through the partner module's
 * api: one row per visit, without the persons it concerned.
 */
@ApplicationScoped
public class VisitsDataset implements ReportDataset {

    /** The dataset's name. */
    public static final String NAME = "visits";
    /** Its parameter: the organisation's id. */
    public static final String ORGANISATION = "organisation";

    private PartnerService partners;

    protected VisitsDataset() {
        // for CDI
    }

    /**
     * @param partners the partner module's api
     */
    @Inject
    public VisitsDataset(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "The visits of one partner organisation to the office, latest first, without the persons concerned";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("date", "the day of the visit, written out in the document's language"),
                DatasetField.text("location", "where it took place"), DatasetField.text("purpose", "its purpose"),
                DatasetField.count("attendees", "how many attended"));
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(ORGANISATION, ParameterType.RECORD_ID, true));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("ORGANISATION_NAME (String)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        OrganisationId id = new OrganisationId(arguments.recordId(ORGANISATION));
        String name = partners.getOrganisation(id).name();
        List<Map<String, Object>> rows = partners.visits(id).stream()
                .map(v -> row(v, context)).toList();
        return new ReportData(Map.of("ORGANISATION_NAME", name), rows);
    }

    private static Map<String, Object> row(VisitView visit, ReportContext context) {
        return Map.of("date", DocumentDates.longDate(visit.date(), context.locale()),
                "location", visit.location() == null ? "" : visit.location(),
                "purpose", visit.purpose() == null ? "" : visit.purpose(),
                "attendees", (long) visit.attendees().size());
    }
}
