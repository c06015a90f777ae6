package org.suaka.reporting.internal.builtin;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.IncidentService;
import org.suaka.shelter.api.IncidentView;

/**
 * One incident: what, where, when, how serious, who was involved, what was done and who was told, as
 * parameters; its follow-ups as rows. Enforcement data: the report is issued by staff only.
 */
@ApplicationScoped
public class IncidentDataset implements ReportDataset {

    private IncidentService incidents;
    private PersonService persons;

    protected IncidentDataset() {
        // for CDI
    }

    /**
     * @param incidents the shelters' incidents
     * @param persons the registry, for the names of the persons involved
     */
    @Inject
    public IncidentDataset(IncidentService incidents, PersonService persons) {
        this.incidents = incidents;
        this.persons = persons;
    }

    @Override
    public String name() {
        return IncidentReport.ID;
    }

    @Override
    public String description() {
        return "One incident as parameters, its follow-ups as rows";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(IncidentReport.INCIDENT, ParameterType.RECORD_ID, true));
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("at", "when the follow-up was recorded"), DatasetField.text("note", "the follow-up"),
                DatasetField.text("by", "who recorded it"));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("SHELTER, TYPE, OCCURRED_AT, SEVERITY, DESCRIPTION, ACTIONS, PERSONS, INFORMED, STATE (String)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        var id = arguments.recordId(IncidentReport.INCIDENT);
        IncidentView incident = incidents.find(id).orElseThrow(() -> new RecordNotFoundException("incident", id.toString()));
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(IncidentReport.class, IncidentReport.BUNDLE, locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
        Map<PersonId, PersonView> names = persons.findEach(incident.personIds());
        String involved = String.join(", ", incident.personIds().stream()
                .map(p -> names.containsKey(p) ? names.get(p).fullName() : p.toString()).toList());
        String informed = (incident.policeInformed() ? labels.getString("informed.police") : "")
                + (incident.policeInformed() && incident.partnerInformed() ? ", " : "")
                + (incident.partnerInformed() ? labels.getString("informed.partner") : "");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("SHELTER", incident.shelterName());
        parameters.put("TYPE", labels.getString("type." + incident.type()));
        parameters.put("OCCURRED_AT", time.format(incident.occurredAt()));
        parameters.put("SEVERITY", labels.getString("severity." + incident.severity()));
        parameters.put("DESCRIPTION", incident.description());
        parameters.put("ACTIONS", incident.actionsTaken() == null ? "–" : incident.actionsTaken());
        parameters.put("PERSONS", involved.isEmpty() ? "–" : involved);
        parameters.put("INFORMED", informed.isEmpty() ? "–" : informed);
        parameters.put("STATE", incident.closedAt() == null ? labels.getString("state.open")
                : labels.getString("state.closed") + " " + time.format(incident.closedAt()));
        List<Map<String, Object>> rows = incident.followUps().stream().map(f -> Map.<String, Object>of(
                "at", time.format(f.at()), "note", f.note(), "by", f.recordedBy())).toList();
        return new ReportData(parameters, rows);
    }
}
