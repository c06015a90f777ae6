package org.suaka.shelter.internal.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterView;

/**
 * A place where refugees are housed, with the number of persons it may hold at once.
 */
@Entity
@Table(name = "SHL_SHELTER")
public class Shelter {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "NAME", nullable = false, length = 150)
    private String name;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "CITY", nullable = false, length = 100)
    private String city;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    /** When the record was created, in UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Shelter() {
        // for JPA
    }

    /**
     * @param id the new shelter's id
     * @param command its validated facts
     */
    public Shelter(ShelterId id, CreateShelter command) {
        this.id = id.toString();
        this.name = command.name().strip();
        this.address = command.address() == null || command.address().isBlank() ? null : command.address().strip();
        this.city = command.city().strip();
        this.capacity = command.capacity();
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** @return the shelter's id */
    public ShelterId id() {
        return ShelterId.parse(id).orElseThrow();
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
        return new ShelterView(id(), name, address, city, capacity, version);
    }
}
