package org.suaka.shelter.internal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.platform.persistence.RecordEntity;
import org.suaka.shelter.api.CreateUnit;
import org.suaka.shelter.api.UnitView;
import org.suaka.shelter.api.UpdateUnit;

/** A unit (room, block or floor) of a shelter, with its own capacity ({@code SHL_UNIT}). */
@Entity
@Table(name = "SHL_UNIT")
public class ShelterUnit extends RecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SHELTER_ID", nullable = false)
    private Shelter shelter;

    @Column(name = "NAME", nullable = false, length = 60)
    private String name;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    protected ShelterUnit() {
        // for JPA
    }

    /**
     * @param shelter the shelter it belongs to
     * @param command its validated facts
     */
    public ShelterUnit(Shelter shelter, CreateUnit command) {
        super(UUID.randomUUID());
        this.shelter = shelter;
        this.name = command.name().strip();
        this.capacity = command.capacity();
    }

    /** @param command the fields to change, already checked against the occupancy */
    public void correct(UpdateUnit command) {
        requireVersion(command.version());
        if (command.name() != null) {
            this.name = command.name().strip();
        }
        if (command.capacity() != null) {
            this.capacity = command.capacity();
        }
    }

    /** @return the unit's id */
    public UUID id() {
        return uuid();
    }

    /** @return its shelter */
    public Shelter shelter() {
        return shelter;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return how many persons it may house at once */
    public int capacity() {
        return capacity;
    }

    /** @return the unit as the API shows it */
    public UnitView toView() {
        return new UnitView(uuid(), shelter.id(), name, capacity, version());
    }
}
