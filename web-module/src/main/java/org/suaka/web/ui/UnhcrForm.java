package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.UnhcrStatus;

/**
 * The form on a person's UNHCR tab that records a decision of UNHCR: the status, the day of the decision
 * (today unless changed) and a note, e.g. the reference of UNHCR's letter.
 */
@Named("unhcrForm")
@ViewScoped
public class UnhcrForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "unhcrDecision";

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private String personId;
    private UnhcrStatus status;
    private LocalDate effectiveOn;
    private String note;

    /** @return the UNHCR tab again, or null to stay with the messages shown */
    public String record() {
        return FormFailures.submit(FORM, () -> {
            persons.recordUnhcrStatus(PersonId.parse(personId).orElseThrow(), new RecordUnhcrStatus(status, effectiveOn, note));
            Messages.info(Messages.text("unhcr.recorded"));
            return PersonTab.UNHCR.outcome(personId);
        });
    }

    /** @return the statuses UNHCR decides */
    public List<UnhcrStatus> getStatuses() {
        return List.of(UnhcrStatus.values());
    }

    /** @return the person, from the page's {@code id} */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person, from the page's {@code id} */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the status decided */
    public UnhcrStatus getStatus() {
        return status;
    }

    /** @param status the status decided */
    public void setStatus(UnhcrStatus status) {
        this.status = status;
    }

    /** @return the day of the decision; today in the office at first */
    public LocalDate getEffectiveOn() {
        if (effectiveOn == null) {
            effectiveOn = LocalDate.now(clock);
        }
        return effectiveOn;
    }

    /** @param effectiveOn the day of the decision */
    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    /** @return the note */
    public String getNote() {
        return note;
    }

    /** @param note the note */
    public void setNote(String note) {
        this.note = note;
    }
}
