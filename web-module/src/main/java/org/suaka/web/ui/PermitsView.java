package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
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
import org.suaka.shelter.api.DecidePermit;
import org.suaka.shelter.api.ExitPermitService;
import org.suaka.shelter.api.PermitQuery;
import org.suaka.shelter.api.PermitState;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.RecordReturn;
import org.suaka.shelter.api.RequestPermit;

/**
 * The exit permits page: the permits of the office, filtered by state or overdue, paged by the database;
 * an officer's request form; a supervisor's approve and refuse (not on permits they asked for); the return.
 */
@Named("permits")
@ViewScoped
public class PermitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "request";

    @Inject
    transient ExitPermitService permits;

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private Map<PersonId, PersonView> names = Map.of();
    private PermitState state;
    private boolean overdueOnly;
    private String personId;
    private String purpose;
    private String destination;
    private LocalDateTime leaveAt;
    private LocalDateTime expectedReturnAt;
    private final LazyDataModel<PermitView> model = new ServicePages<PermitView>(
            page -> permits.list(new PermitQuery(state, overdueOnly, null, page)), row -> row.id().toString())
            .whenShown(rows -> names = persons.findAll(rows.stream().map(PermitView::personId).distinct().toList()));

    /** Asks for a permit with what the form holds. */
    public void request() {
        FormFailures.submit(FORM, () -> {
            PersonId person = PersonId.parse(personId).orElse(null);
            permits.request(new RequestPermit(person, purpose, destination, leaveAt, expectedReturnAt));
            Messages.info(Messages.text("permit.requested"));
            personId = null;
            purpose = null;
            destination = null;
            leaveAt = null;
            expectedReturnAt = null;
            return null;
        });
    }

    /** @param permit a requested permit, approved by the signed-in supervisor */
    public void approve(PermitView permit) {
        FormFailures.submit("list", () -> {
            permits.approve(permit.id(), new DecidePermit(null, permit.version()));
            Messages.info(Messages.text("permit.approved"));
            return null;
        });
    }

    /** @param permit a requested permit, refused by the signed-in supervisor */
    public void refuse(PermitView permit) {
        FormFailures.submit("list", () -> {
            permits.refuse(permit.id(), new DecidePermit(null, permit.version()));
            Messages.info(Messages.text("permit.refused"));
            return null;
        });
    }

    /** @param permit an approved permit whose person came back now */
    public void returnedNow(PermitView permit) {
        FormFailures.submit("list", () -> {
            permits.recordReturn(permit.id(), new RecordReturn(LocalDateTime.now(clock).withSecond(0).withNano(0),
                    permit.version()));
            Messages.info(Messages.text("permit.returned"));
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
     * @param permit a permit of the page shown
     * @return the person's name
     */
    public String nameOf(PermitView permit) {
        PersonView person = names.get(permit.personId());
        return person == null ? permit.personId().toString() : person.fullName();
    }

    /** @return the table's lazy model */
    public LazyDataModel<PermitView> getModel() {
        return model;
    }

    /** @return the states to filter by */
    public PermitState[] getStates() {
        return PermitState.values();
    }

    /** @return the state filtered by, or null */
    public PermitState getState() {
        return state;
    }

    /** @param state the state to filter by, or null */
    public void setState(PermitState state) {
        this.state = state;
    }

    /** @return whether only the overdue permits are listed */
    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    /** @param overdueOnly whether only the overdue permits are listed */
    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    /** @return the person asked for */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person asked for */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return why the person leaves */
    public String getPurpose() {
        return purpose;
    }

    /** @param purpose why the person leaves */
    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    /** @return where to */
    public String getDestination() {
        return destination;
    }

    /** @param destination where to */
    public void setDestination(String destination) {
        this.destination = destination;
    }

    /** @return when the person leaves */
    public LocalDateTime getLeaveAt() {
        return leaveAt;
    }

    /** @param leaveAt when the person leaves */
    public void setLeaveAt(LocalDateTime leaveAt) {
        this.leaveAt = leaveAt;
    }

    /** @return when the person is to be back */
    public LocalDateTime getExpectedReturnAt() {
        return expectedReturnAt;
    }

    /** @param expectedReturnAt when the person is to be back */
    public void setExpectedReturnAt(LocalDateTime expectedReturnAt) {
        this.expectedReturnAt = expectedReturnAt;
    }
}
