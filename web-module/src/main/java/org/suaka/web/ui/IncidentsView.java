package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.IncidentQuery;
import org.suaka.shelter.api.IncidentService;
import org.suaka.shelter.api.IncidentType;
import org.suaka.shelter.api.IncidentView;
import org.suaka.shelter.api.RecordFollowUp;
import org.suaka.shelter.api.RecordIncident;
import org.suaka.shelter.api.Severity;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The incidents page: the incidents of the office's shelters, filtered and paged by the database, a form to
 * report one with the persons involved, and the follow-ups of the one opened. Staff only: partner staff
 * never reach incidents.
 */
@Named("incidents")
@ViewScoped
public class IncidentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient ShelterService shelters;

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private IncidentType typeFilter;
    private boolean openOnly;
    private String shelterId;
    private IncidentType type;
    private Severity severity = Severity.MEDIUM;
    private LocalDateTime occurredAt;
    private String description;
    private String actionsTaken;
    private List<String> involved = new ArrayList<>();
    private boolean policeInformed;
    private boolean partnerInformed;
    private IncidentView opened;
    private String followUpNote;
    private boolean closeIt;
    private final LazyDataModel<IncidentView> model = new ServicePages<>(
            page -> incidents.list(new IncidentQuery(null, typeFilter, openOnly, null, null, page)), row -> row.id().toString());

    /** Reports an incident with what the form holds. */
    public void record() {
        FormFailures.submit("report", () -> {
            ShelterId shelter = ShelterId.parse(shelterId).orElse(null);
            List<PersonId> ids = involved.stream().map(id -> PersonId.parse(id).orElseThrow()).toList();
            opened = incidents.record(new RecordIncident(shelter, type, occurredAt, severity, description, actionsTaken, ids,
                    policeInformed, partnerInformed));
            Messages.info(Messages.text("incident.recorded"));
            description = null;
            actionsTaken = null;
            involved = new ArrayList<>();
            return null;
        });
    }

    /** @param incident the incident whose follow-ups are shown */
    public void open(IncidentView incident) {
        opened = incidents.find(incident.id()).orElse(null);
    }

    /** Records a follow-up of the incident opened. */
    public void followUp() {
        FormFailures.submit("followUp", () -> {
            opened = incidents.followUp(opened.id(), new RecordFollowUp(followUpNote, closeIt, opened.version()));
            Messages.info(Messages.text(closeIt ? "incident.closed" : "incident.followedUp"));
            followUpNote = null;
            closeIt = false;
            return null;
        });
    }

    /**
     * @param text what the user typed
     * @return up to ten persons whose name contains it
     */
    public List<PersonView> complete(String text) {
        return persons.search(new PersonSearch(text, null, new PageRequest(0, 10))).items();
    }

    /**
     * @param incident an incident
     * @return the names of the persons involved
     */
    public String namesOf(IncidentView incident) {
        Map<PersonId, PersonView> found = persons.findAll(incident.personIds());
        return String.join(", ", incident.personIds().stream()
                .map(id -> found.containsKey(id) ? found.get(id).fullName() : id.toString()).toList());
    }

    /** @return the shelters of the office */
    public List<ShelterView> getShelters() {
        return shelters.list();
    }

    /** @return the kinds of incident */
    public IncidentType[] getTypes() {
        return IncidentType.values();
    }

    /** @return the severities */
    public Severity[] getSeverities() {
        return Severity.values();
    }

    /** @return the table's lazy model */
    public LazyDataModel<IncidentView> getModel() {
        return model;
    }

    /** @return the incident whose follow-ups are shown, or null */
    public IncidentView getOpened() {
        return opened;
    }

    /** @return the type filtered by, or null */
    public IncidentType getTypeFilter() {
        return typeFilter;
    }

    /** @param typeFilter the type to filter by, or null */
    public void setTypeFilter(IncidentType typeFilter) {
        this.typeFilter = typeFilter;
    }

    /** @return whether only the open incidents are listed */
    public boolean isOpenOnly() {
        return openOnly;
    }

    /** @param openOnly whether only the open incidents are listed */
    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    /** @return the shelter of the incident reported */
    public String getShelterId() {
        return shelterId;
    }

    /** @param shelterId the shelter of the incident reported */
    public void setShelterId(String shelterId) {
        this.shelterId = shelterId;
    }

    /** @return the type of the incident reported */
    public IncidentType getType() {
        return type;
    }

    /** @param type the type of the incident reported */
    public void setType(IncidentType type) {
        this.type = type;
    }

    /** @return its severity */
    public Severity getSeverity() {
        return severity;
    }

    /** @param severity its severity */
    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    /** @return when it happened; now at first */
    public LocalDateTime getOccurredAt() {
        if (occurredAt == null) {
            occurredAt = LocalDateTime.now(clock).withSecond(0).withNano(0);
        }
        return occurredAt;
    }

    /** @param occurredAt when it happened */
    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    /** @return what happened */
    public String getDescription() {
        return description;
    }

    /** @param description what happened */
    public void setDescription(String description) {
        this.description = description;
    }

    /** @return what was done at once */
    public String getActionsTaken() {
        return actionsTaken;
    }

    /** @param actionsTaken what was done at once */
    public void setActionsTaken(String actionsTaken) {
        this.actionsTaken = actionsTaken;
    }

    /** @return the ids of the persons involved */
    public List<String> getInvolved() {
        return involved;
    }

    /** @param involved the ids of the persons involved */
    public void setInvolved(List<String> involved) {
        this.involved = involved == null ? new ArrayList<>() : new ArrayList<>(involved);
    }

    /** @return whether the police were told */
    public boolean isPoliceInformed() {
        return policeInformed;
    }

    /** @param policeInformed whether the police were told */
    public void setPoliceInformed(boolean policeInformed) {
        this.policeInformed = policeInformed;
    }

    /** @return whether a partner was told */
    public boolean isPartnerInformed() {
        return partnerInformed;
    }

    /** @param partnerInformed whether a partner was told */
    public void setPartnerInformed(boolean partnerInformed) {
        this.partnerInformed = partnerInformed;
    }

    /** @return the follow-up being written */
    public String getFollowUpNote() {
        return followUpNote;
    }

    /** @param followUpNote the follow-up being written */
    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }

    /** @return whether the follow-up closes the incident */
    public boolean isCloseIt() {
        return closeIt;
    }

    /** @param closeIt whether the follow-up closes the incident */
    public void setCloseIt(boolean closeIt) {
        this.closeIt = closeIt;
    }
}
