package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.TransferPlacement;
import org.suaka.shelter.api.UnitView;

/**
 * The page that moves a placed person to another shelter or unit from a day: the shelters of the office,
 * the units of the one chosen, and a supervisor's reason to fill a full one.
 */
@Named("transferPlacement")
@ViewScoped
public class PlacementTransferView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "transfer";

    @Inject
    transient PlacementService placements;

    @Inject
    transient ShelterService shelters;

    @Inject
    transient Clock clock;

    private String id;
    private PlacementView placement;
    private String shelterId;
    private String unitId;
    private LocalDate on;
    private String overrideReason;

    /** Reads the placement named by the {@code id} view parameter. */
    public void load() {
        placement = PlacementId.parse(id).flatMap(placements::find).orElse(null);
        if (placement == null || placement.until() != null) {
            placement = null;
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        if (shelterId == null) {
            shelterId = placement.shelterId().toString();
            on = LocalDate.now(clock);
        }
    }

    /** @return the shelter's page the person moved to, or null to stay with the messages shown */
    public String transfer() {
        return FormFailures.submit(FORM, () -> {
            ShelterId target = ShelterId.parse(shelterId).orElseThrow();
            UUID unit = unitId == null || unitId.isBlank() ? null : UUID.fromString(unitId);
            placements.transfer(placement.id(), new TransferPlacement(target, unit, on, overrideReason, placement.version()));
            Messages.info(Messages.text("transfer.placementDone"));
            return "/app/shelter.xhtml?faces-redirect=true&id=" + target;
        });
    }

    /** @return the open shelters of the office */
    public List<ShelterView> getShelters() {
        return shelters.list().stream().filter(s -> s.closedOn() == null).toList();
    }

    /** @return the units of the shelter chosen */
    public List<UnitView> getUnits() {
        return ShelterId.parse(shelterId).map(shelters::unitsOf).orElse(List.of());
    }

    /** @return the placement moved, or null when the id names no open one */
    public PlacementView getPlacement() {
        return placement;
    }

    /** @return the id from the URL */
    public String getId() {
        return id;
    }

    /** @param id the id from the URL */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the shelter moved to */
    public String getShelterId() {
        return shelterId;
    }

    /** @param shelterId the shelter moved to */
    public void setShelterId(String shelterId) {
        this.shelterId = shelterId;
    }

    /** @return the unit moved to, or empty */
    public String getUnitId() {
        return unitId;
    }

    /** @param unitId the unit moved to, or empty */
    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    /** @return the day of the move */
    public LocalDate getOn() {
        return on;
    }

    /** @param on the day of the move */
    public void setOn(LocalDate on) {
        this.on = on;
    }

    /** @return a supervisor's reason to fill a full shelter or unit */
    public String getOverrideReason() {
        return overrideReason;
    }

    /** @param overrideReason a supervisor's reason to fill a full shelter or unit */
    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
