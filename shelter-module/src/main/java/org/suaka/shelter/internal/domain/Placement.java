package org.suaka.shelter.internal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.PlacementView;

/**
 * A person's stay in a shelter over the dates [{@code startDate}, {@code endDate}), open-ended while the
 * person stays.
 */
@Entity
@Table(name = "SHL_PLACEMENT")
public class Placement {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SHELTER_ID", nullable = false)
    private Shelter shelter;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    /** When the record was created, in UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Placement() {
        // for JPA
    }

    /**
     * @param id the new placement's id
     * @param personId the person housed
     * @param shelter where
     * @param startDate the first day
     */
    public Placement(PlacementId id, PersonId personId, Shelter shelter, LocalDate startDate) {
        this.id = id.toString();
        this.personId = personId.toString();
        this.shelter = shelter;
        this.startDate = startDate;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** @return this placement as the API shows it */
    public PlacementView toView() {
        return new PlacementView(PlacementId.parse(id).orElseThrow(), PersonId.parse(personId).orElseThrow(),
                shelter.id(), shelter.name(), startDate, endDate, version);
    }
}
