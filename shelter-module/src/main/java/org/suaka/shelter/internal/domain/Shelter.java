package org.suaka.shelter.internal.domain;


import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterType;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "SHELTER_TYPE", length = 20)
    private ShelterType type;

    @Column(name = "OPERATOR_ID", length = 36)
    private String operatorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SHL_FACILITY", joinColumns = @JoinColumn(name = "SHELTER_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "FACILITY", length = 20)
    private Set<Facility> facilities = new HashSet<>();

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

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
        this.type = command.type();
        this.operatorId = command.operatorId() == null ? null : command.operatorId().toString();
        this.facilities = new HashSet<>(command.facilities());
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
        if (command.type() != null) {
            this.type = command.type();
        }
        if (command.operatorId() != null) {
            this.operatorId = command.operatorId().toString();
        }
        if (command.facilities() != null) {
            this.facilities = new HashSet<>(command.facilities());
        }
    }

    /**
     * Closes the shelter from a day on; nobody may be placed in it from then.
     *
     * @param on the first day it is closed
     * @param seenVersion the version the caller read
     */
    public void close(LocalDate on, long seenVersion) {
        requireVersion(seenVersion);
        requireOpenOn(on);
        this.closedOn = on;
    }

    /** @throws BusinessRuleException ({@code shelter-closed}) when the shelter closed on or before the day */
    public void requireOpenOn(LocalDate day) {
        if (closedOn != null && !day.isBefore(closedOn)) {
            throw new BusinessRuleException("shelter-closed", name + " closed on " + closedOn);
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
        return new ShelterView(id(), name, address, city, capacity, type,
                operatorId == null ? null : UUID.fromString(operatorId), Set.copyOf(facilities), closedOn, version());
    }
}
