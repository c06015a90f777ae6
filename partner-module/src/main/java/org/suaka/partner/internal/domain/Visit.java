package org.suaka.partner.internal.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationRef;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.UpdateVisit;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitKind;
import org.suaka.partner.api.VisitView;
import org.suaka.partner.internal.persistence.PersonIdConverter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;

/**
 * A visit or coordination meeting with a partner organisation, with its minutes.
 */
@Entity
@Table(name = "PTR_VISIT")
public class Visit extends RecordEntity implements OfficeRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "VISIT_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "LOCATION", nullable = false, length = 300)
    private String location;

    @Column(name = "PURPOSE", nullable = false, length = 1000)
    private String purpose;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "MINUTES")
    private String minutes;

    @ElementCollection
    @CollectionTable(name = "PTR_VISIT_ATTENDEE", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @OrderColumn(name = "POSITION_IN_LIST")
    private List<AttendeeEntry> attendees = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private VisitKind kind;

    @Column(name = "STARTS_AT")
    private LocalTime startsAt;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "DECISIONS")
    private String decisions;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "PTR_VISIT_ORGANISATION", joinColumns = @JoinColumn(name = "VISIT_ID"),
            inverseJoinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @OrderColumn(name = "POSITION_IN_LIST")
    private List<Organisation> otherOrganisations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "PTR_VISIT_PERSON", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @Column(name = "PERSON_ID", length = 36)
    @OrderColumn(name = "POSITION_IN_LIST")
    @Convert(converter = PersonIdConverter.class)
    private List<PersonId> personIds = new ArrayList<>();

    protected Visit() {
        // for JPA
    }

    /**
     * @param id the new visit's id
     * @param organisation the partner
     * @param command the validated facts of the visit
     * @param others the other partners that took part, as the command names them
     */
    public Visit(VisitId id, Organisation organisation, RecordVisit command, List<Organisation> others) {
        super(id.value());
        this.organisation = organisation;
        this.office = organisation.office();
        this.date = command.date();
        this.location = command.location().strip();
        this.purpose = command.purpose().strip();
        this.minutes = command.minutes();
        command.attendees().forEach(a -> attendees.add(new AttendeeEntry(a)));
        personIds.addAll(command.personIds());
        this.kind = command.kind();
        this.startsAt = command.startsAt();
        this.decisions = blankToNull(command.decisions());
        this.otherOrganisations.addAll(others);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * Applies a correction; the caller has checked the persons named.
     *
     * @param command the validated correction
     * @param others the other partners that took part, or null to keep them
     * @throws org.suaka.platform.api.StaleVersionException when the caller read an older version
     */
    public void correct(UpdateVisit command, List<Organisation> others) {
        requireVersion(command.version());
        if (command.date() != null) {
            this.date = command.date();
        }
        if (command.location() != null) {
            this.location = command.location().strip();
        }
        if (command.purpose() != null) {
            this.purpose = command.purpose().strip();
        }
        if (command.minutes() != null) {
            this.minutes = command.minutes().isBlank() ? null : command.minutes();
        }
        if (command.attendees() != null) {
            attendees.clear();
            command.attendees().forEach(a -> attendees.add(new AttendeeEntry(a)));
        }
        if (command.personIds() != null) {
            personIds.clear();
            personIds.addAll(command.personIds());
        }
        if (command.kind() != null) {
            this.kind = command.kind();
        }
        if (command.startsAt() != null) {
            this.startsAt = command.startsAt();
        }
        if (command.decisions() != null) {
            this.decisions = blankToNull(command.decisions());
        }
        if (others != null) {
            otherOrganisations.clear();
            otherOrganisations.addAll(others);
        }
    }

    /** @return this visit as the API shows it */
    public VisitView toView() {
        return new VisitView(new VisitId(uuid()), organisation.id(), organisation.name(), date, location,
                purpose, minutes, attendees.stream().map(AttendeeEntry::toAttendee).toList(),
                personIds, kind, startsAt, decisions,
                otherOrganisations.stream().map(o -> new OrganisationRef(o.id(), o.name())).toList(), version());
    }

    /** @return the visit's id */
    public VisitId id() {
        return new VisitId(uuid());
    }

    /** @return the day it took place */
    public java.time.LocalDate date() {
        return date;
    }

    /** @return the partner visited or visiting */
    public OrganisationId organisationId() {
        return organisation.id();
    }

    /** @return the partner's name */
    public String organisationName() {
        return organisation.name();
    }

    @Override
    public OfficeId office() {
        return office;
    }
}
