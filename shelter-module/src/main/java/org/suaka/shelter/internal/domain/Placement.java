package org.suaka.shelter.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.internal.persistence.PersonIdConverter;

/**
 * A person's stay in a shelter over the dates [{@code startDate}, {@code endDate}), open-ended while the
 * person stays.
 */
@Entity
@Table(name = "SHL_PLACEMENT")
public class Placement extends RecordEntity implements OfficeRecord {

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    @Convert(converter = PersonIdConverter.class)
    private PersonId personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SHELTER_ID", nullable = false)
    private Shelter shelter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UNIT_ID")
    private ShelterUnit unit;

    @Column(name = "OVERRIDE_REASON", length = 300)
    private String overrideReason;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

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
        this(id, personId, shelter, null, startDate, null);
    }

    /**
     * @param id the new placement's id
     * @param personId the person housed
     * @param shelter where
     * @param unit the unit of the shelter, or null for the shelter as a whole
     * @param startDate the first day
     * @param overrideReason why a supervisor let a full shelter or unit take the person, or null
     */
    public Placement(PlacementId id, PersonId personId, Shelter shelter, ShelterUnit unit, LocalDate startDate,
            String overrideReason) {
        super(id.value());
        this.personId = personId;
        this.shelter = shelter;
        this.unit = unit;
        this.office = shelter.office();
        this.startDate = startDate;
        this.overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
    }

    /** @return the person housed */
    public PersonId personId() {
        return personId;
    }

    /** @return the unit's id, or null for the shelter as a whole */
    public java.util.UUID unitId() {
        return unit == null ? null : unit.id();
    }

    /** @return the day the stay ended, or null while it is open */
    public LocalDate endDate() {
        return endDate;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /**
     * Ends the stay on the given day.
     *
     * @param until the day the person left
     * @param seenVersion the version the caller read
     * @throws BusinessRuleException when the stay has ended already or would end before it began
     * @throws org.suaka.platform.api.StaleVersionException when the caller read an older version
     */
    public void end(LocalDate until, long seenVersion) {
        requireVersion(seenVersion);
        if (endDate != null) {
            throw new BusinessRuleException("placement-ended", "This placement ended on " + endDate);
        }
        correct(null, until, seenVersion);
    }

    /**
     * Corrects the dates of the stay.
     *
     * @param from the first day, or null to keep it
     * @param until the day the person left, or null to keep it
     * @param seenVersion the version the caller read
     * @throws BusinessRuleException when the stay would end before it began
     * @throws org.suaka.platform.api.StaleVersionException when the caller read an older version
     */
    public void correct(LocalDate from, LocalDate until, long seenVersion) {
        requireVersion(seenVersion);
        LocalDate newStart = from == null ? startDate : from;
        LocalDate newEnd = until == null ? endDate : until;
        if (newEnd != null && newEnd.isBefore(newStart)) {
            throw new BusinessRuleException("placement-ends-before-start",
                    "A placement that begins on " + newStart + " cannot end on " + newEnd);
        }
        this.startDate = newStart;
        this.endDate = newEnd;
    }

    /**
     * @param from a first day
     * @param until a day of leaving, or null for open-ended
     * @return whether this stay shares a night with a stay over those dates
     */
    public boolean overlaps(LocalDate from, LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || startDate.isBefore(until);
        boolean endsAfterOtherStarts = endDate == null || endDate.isAfter(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /**
     * @param id a placement id
     * @return whether this is that placement
     */
    public boolean is(PlacementId id) {
        return uuid().equals(id.value());
    }

    /**
     * Closes the stay because the person's supervision ended: on the last day of supervision, or on the
     * first day of the stay when it was to begin later.
     *
     * @param lastDay the last day of supervision
     */
    public void closeOnDeparture(LocalDate lastDay) {
        if (endDate == null) {
            this.endDate = lastDay.isBefore(startDate) ? startDate : lastDay;
        }
    }

    /** @return the days the placement counts in its shelter's occupancy, as they are now */
    public Occupancy occupancy() {
        return new Occupancy(office.toString(), shelter.id().toString(), startDate, endDate);
    }

    /**
     * The days a placement counts in its shelter's occupancy: from the first day until the day before the
     * last (open when null).
     *
     * @param office the office's id
     * @param shelter the shelter's id
     * @param from the first day
     * @param until the day the person left, or null
     */
    public record Occupancy(String office, String shelter, LocalDate from, LocalDate until) {
    }

    /** @return this placement as the API shows it */
    public PlacementView toView() {
        return new PlacementView(new PlacementId(uuid()), personId, shelter.id(), shelter.name(), startDate, endDate,
                unit == null ? null : unit.id(), unit == null ? null : unit.name(), overrideReason, version());
    }
}
