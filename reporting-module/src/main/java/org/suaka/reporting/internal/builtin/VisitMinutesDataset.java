package org.suaka.reporting.internal.builtin;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.OrganisationRef;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * One visit or meeting: partner, day, place, agenda and outcome as parameters, with the partner's first attendee
 * as its signatory; the attendance list as rows. The persons whose cases were discussed are counted, not named:
 * the minutes go to the partner.
 */
@ApplicationScoped
public class VisitMinutesDataset implements ReportDataset {

    private PartnerService partners;
    private ActionItemService actionItems;

    protected VisitMinutesDataset() {
        // for CDI
    }

    /**
     * @param partners the partner module's api
     * @param actionItems the action items agreed at meetings
     */
    @Inject
    public VisitMinutesDataset(PartnerService partners, ActionItemService actionItems) {
        this.partners = partners;
        this.actionItems = actionItems;
    }

    @Override
    public String name() {
        return VisitMinutesReport.ID;
    }

    @Override
    public String description() {
        return "One visit or meeting as parameters, its attendance list as rows";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(VisitMinutesReport.VISIT, ParameterType.RECORD_ID, true));
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.count("number", "the attendee's number"), DatasetField.text("name", "the attendee"),
                DatasetField.text("position", "their position"), DatasetField.text("organisation", "their organisation"));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("ORGANISATION, DATE_LABEL, KIND, LOCATION, PURPOSE, MINUTES, DECISIONS, CASES, "
                + "PARTNER_SIGNATORY_TITLE, PARTNER_SIGNATORY_NAME, ACTION_ITEMS (String)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        var id = arguments.recordId(VisitMinutesReport.VISIT);
        VisitView visit = partners.findVisit(new VisitId(id)).orElseThrow(() -> new RecordNotFoundException("visit", id.toString()));
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(VisitMinutesReport.class, VisitMinutesReport.BUNDLE, locale);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ORGANISATION", Stream.concat(Stream.of(visit.organisationName()),
                visit.otherOrganisations().stream().map(OrganisationRef::name)).collect(Collectors.joining(", ")));
        String day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(visit.date());
        parameters.put("DATE_LABEL", visit.startsAt() == null ? day : new MessageFormat(labels.getString("time.at"), locale)
                .format(new Object[] {day, DateTimeFormatter.ofPattern("HH.mm", locale).format(visit.startsAt())}));
        parameters.put("KIND", labels.getString("kind." + visit.kind().name()));
        parameters.put("DECISIONS", visit.decisions() == null ? labels.getString("decisions.none") : visit.decisions());
        parameters.put("LOCATION", visit.location());
        parameters.put("PURPOSE", visit.purpose());
        parameters.put("MINUTES", visit.minutes() == null ? "–" : visit.minutes());
        parameters.put("CASES", visit.personIds().isEmpty() ? labels.getString("cases.none")
                : new MessageFormat(labels.getString("cases.count"), locale).format(new Object[] {visit.personIds().size()}));
        visit.attendees().stream().filter(a -> visit.organisationName().equals(a.affiliation())).findFirst()
                .ifPresent(partner -> {
                    parameters.put("PARTNER_SIGNATORY_TITLE", partner.position());
                    parameters.put("PARTNER_SIGNATORY_NAME", partner.name());
                });
        parameters.put("ACTION_ITEMS", actionItemLines(visit, labels, locale));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Attendee attendee : visit.attendees()) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("name", attendee.name());
            row.put("position", attendee.position());
            row.put("organisation", attendee.affiliation());
            rows.add(row);
        }
        return new ReportData(parameters, rows);
    }

    private String actionItemLines(VisitView visit, ResourceBundle labels, Locale locale) {
        List<ActionItemView> agreed = actionItems.of(visit.id());
        if (agreed.isEmpty()) {
            return labels.getString("actionItems.none");
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        List<String> lines = new ArrayList<>();
        for (ActionItemView item : agreed) {
            String done = item.doneOn() == null ? ""
                    : new MessageFormat(labels.getString("actionItem.done"), locale).format(new Object[] {day.format(item.doneOn())});
            lines.add(new MessageFormat(labels.getString("actionItem.line"), locale).format(new Object[] {
                String.valueOf(lines.size() + 1), item.description(), item.owner(), day.format(item.dueOn()), done}));
        }
        return String.join("\n", lines);
    }
}
