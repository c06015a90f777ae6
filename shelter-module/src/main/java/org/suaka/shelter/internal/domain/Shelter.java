package org.suaka.shelter.internal.domain;


import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.UpdateShelter;

/**
 * A place where refugees are housed, with the number of persons it may hold at once.
 */
@Entity
@Table(name = "SHL_SHELTER")
public class Shelter extends RecordEntity implements OfficeRecord {

    @Column(name = "NAME", nullable = false, length = 150)
    private String name;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "CITY", nullable = false, length = 100)
    private String city;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    protected Shelter() {
        // for JPA
    }

    /**
     * @param id the new shelter's id
     * @param command its validated facts
     * @param office the office that runs it
     */
    public Shelter(ShelterId id, CreateShelter command, OfficeId office) {
        super(id.value());
        this.office = office;
        this.name = command.name().strip();
        this.address = command.address() == null || command.address().isBlank() ? null : command.address().strip();
        this.city = command.city().strip();
        this.capacity = command.capacity();
    }

    /**
     * Corrects the shelter's facts.
     *
     * @param command the fields to change; null keeps a value
     */
    public void correct(UpdateShelter command) {
        requireVersion(command.version());
        if (command.name() != null) {
            this.name = command.name().strip();
        }
        if (command.address() != null) {
            this.address = command.address().isBlank() ? null : command.address().strip();
        }
        if (command.city() != null) {
            this.city = command.city().strip();
        }
        if (command.capacity() != null) {
            this.capacity = command.capacity();
        }
    }

    /** @return the shelter's id */
    public ShelterId id() {
        return new ShelterId(uuid());
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the shelter's name */
    public String name() {
        return name;
    }

    /** @return how many persons it may house at once */
    public int capacity() {
        return capacity;
    }

    /** @return this shelter as the API shows it */
    public ShelterView toView() {
        return new ShelterView(id(), name, address, city, capacity, version());
    }
}
