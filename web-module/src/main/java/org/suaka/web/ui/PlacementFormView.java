package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.shelter.api.CorrectPlacement;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;

/**
 * The page that corrects the dates of a placement ({@code ?id=}). The shelter module checks them against
 * the person's supervision, their other stays and the shelter's capacity; the version read when the page
 * opened goes with the correction.
 */
@Named("placementForm")
@ViewScoped
public class PlacementFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "placement";

    @Inject
    PlacementService placements;

    private String id;
    private Long version;
    private String personId;
    private String shelterName;
    private LocalDate from;
    private LocalDate until;

    /** Fills the form from the placement named by the {@code id} view parameter. */
    public void load() {
        PlacementView placement = PlacementId.parse(id).flatMap(placements::find).orElse(null);
        if (placement == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        personId = placement.personId().toString();
        shelterName = placement.shelterName();
        from = placement.from();
        until = placement.until();
        version = placement.version();
    }

    /** @return whether a placement was found to correct */
    public boolean isEditing() {
        return version != null;
    }

    /** @return the person's page, or null to stay on the form with the messages shown */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            placements.correct(PlacementId.parse(id).orElseThrow(), new CorrectPlacement(from, until, version));
            Messages.info(Messages.text("placement.corrected", shelterName));
            return PersonTab.IDENTITY.outcome(personId);
        });
    }

    /** @return the id of the placement being corrected */
    public String getId() {
        return id;
    }

    /** @param id the id of the placement to correct */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the person's id, for the way back */
    public String getPersonId() {
        return personId;
    }

    /** @return where the person stayed */
    public String getShelterName() {
        return shelterName;
    }

    /** @return the first day typed */
    public LocalDate getFrom() {
        return from;
    }

    /** @param from the first day typed */
    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** @return the day of leaving typed, or null while the person stays */
    public LocalDate getUntil() {
        return until;
    }

    /** @param until the day of leaving typed */
    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
