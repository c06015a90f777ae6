package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;

/**
 * The form on a person's page that changes their supervision status: the statuses that may follow the
 * current one, the day, the reason (outside the shelter, or a departure), the destination (a country from
 * the list for a resettlement, a detention house for a transfer) and a note.
 */
@Named("statusForm")
@ViewScoped
public class StatusForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "statusChange";

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    @Inject
    transient LanguageView language;

    private String personId;
    private SupervisionStatus status;
    private LocalDate effectiveOn;
    private StatusReason reason;
    private String country;
    private String detentionHouse;
    private String note;

    /**
     * @return the person's page again, or null to stay with the messages shown
     */
    public String change() {
        return FormFailures.submit(FORM, () -> {
            PersonView person = persons.get(PersonId.parse(personId).orElseThrow());
            String destination = reason == StatusReason.RESETTLED ? country
                    : reason == StatusReason.TRANSFERRED ? detentionHouse : null;
            persons.changeStatus(person.id(), new ChangeStatus(status, effectiveOn, reason, destination, note,
                    person.version()));
            Messages.info(Messages.text("status.changed"));
            return PersonTab.STATUS.outcome(personId);
        });
    }

    /**
     * @param current the person's status
     * @return the statuses that may follow it
     */
    public List<SupervisionStatus> nextAfter(SupervisionStatus current) {
        return Arrays.stream(SupervisionStatus.values()).filter(current::mayChangeTo).toList();
    }

    /** @return the reasons, each labelled with the status it explains */
    public List<SelectItem> getReasons() {
        return Arrays.stream(StatusReason.values()).map(r -> new SelectItem(r, Messages.text("status." + r.status())
                + ": " + Messages.text("status.reason." + r))).toList();
    }

    /** @return the countries a person may be resettled to */
    public List<SelectItem> getCountries() {
        return CountryItems.countries(language.getLocale());
    }

    /** @return the person, from the page's {@code id} */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person, from the page's {@code id} */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the status chosen */
    public SupervisionStatus getStatus() {
        return status;
    }

    /** @param status the status chosen */
    public void setStatus(SupervisionStatus status) {
        this.status = status;
    }

    /** @return the day the status takes effect; today in the office at first */
    public LocalDate getEffectiveOn() {
        if (effectiveOn == null) {
            effectiveOn = LocalDate.now(clock);
        }
        return effectiveOn;
    }

    /** @param effectiveOn the day the status takes effect */
    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    /** @return the reason chosen */
    public StatusReason getReason() {
        return reason;
    }

    /** @param reason the reason chosen */
    public void setReason(StatusReason reason) {
        this.reason = reason;
    }

    /** @return the country of resettlement chosen */
    public String getCountry() {
        return country;
    }

    /** @param country the country of resettlement chosen */
    public void setCountry(String country) {
        this.country = country;
    }

    /** @return the detention house of a transfer typed */
    public String getDetentionHouse() {
        return detentionHouse;
    }

    /** @param detentionHouse the detention house of a transfer typed */
    public void setDetentionHouse(String detentionHouse) {
        this.detentionHouse = detentionHouse;
    }

    /** @return the note typed */
    public String getNote() {
        return note;
    }

    /** @param note the note typed */
    public void setNote(String note) {
        this.note = note;
    }
}
