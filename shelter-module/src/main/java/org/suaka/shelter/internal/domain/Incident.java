package org.suaka.shelter.internal.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.FollowUpView;
import org.suaka.shelter.api.IncidentType;
import org.suaka.shelter.api.IncidentView;
import org.suaka.shelter.api.RecordIncident;
import org.suaka.shelter.api.Severity;

/** An incident in a shelter ({@code SHL_INCIDENT}) with its persons and follow-ups, open until one closes it. */
@Entity
@Table(name = "SHL_INCIDENT")
public class Incident extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SHELTER_ID", nullable = false)
    private Shelter shelter;

    @Enumerated(EnumType.STRING)
    @Column(name = "INCIDENT_TYPE", nullable = false, length = 20)
    private IncidentType type;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEVERITY", nullable = false, length = 10)
    private Severity severity;

    @Column(name = "DESCRIPTION", nullable = false, length = 4000)
    private String description;

    @Column(name = "ACTIONS_TAKEN", length = 2000)
    private String actionsTaken;

    @Column(name = "POLICE_INFORMED", nullable = false)
    private boolean policeInformed;

    @Column(name = "PARTNER_INFORMED", nullable = false)
    private boolean partnerInformed;

    @Column(name = "REPORTED_BY", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SHL_INCIDENT_PERSON", joinColumns = @JoinColumn(name = "INCIDENT_ID"))
    @Column(name = "PERSON_ID", length = 36)
    private List<String> personIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SHL_INCIDENT_FOLLOW_UP", joinColumns = @JoinColumn(name = "INCIDENT_ID"))
    @OrderColumn(name = "POSITION")
    private List<FollowUp> followUps = new ArrayList<>();

    protected Incident() {
        // for JPA
    }

    /**
     * @param command the incident as reported, validated
     * @param shelter where it happened
     * @param persons the persons involved, as the registry knows them
     * @param reportedBy who reports it
     */
    public Incident(RecordIncident command, Shelter shelter, List<PersonId> persons, String reportedBy) {
        super(UUID.randomUUID());
        this.office = shelter.office();
        this.shelter = shelter;
        this.type = command.type();
        this.occurredAt = command.occurredAt();
        this.severity = command.severity();
        this.description = command.description().strip();
        this.actionsTaken = command.actionsTaken() == null || command.actionsTaken().isBlank() ? null : command.actionsTaken().strip();
        this.policeInformed = command.policeInformed();
        this.partnerInformed = command.partnerInformed();
        this.reportedBy = reportedBy;
        this.personIds = new ArrayList<>(persons.stream().map(PersonId::toString).distinct().toList());
    }

    /**
     * @param at when (office time)
     * @param note what was done or learnt
     * @param by who records it
     * @param close whether it closes the incident
     * @param seenVersion the version the caller read
     */
    public void followUp(LocalDateTime at, String note, String by, boolean close, long seenVersion) {
        requireVersion(seenVersion);
        if (closedAt != null) {
            throw new BusinessRuleException("incident-closed", "This incident was closed on " + closedAt);
        }
        followUps.add(new FollowUp(at, note.strip(), by, close));
        if (close) {
            this.closedAt = at;
        }
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the incident as the API shows it */
    public IncidentView toView() {
        return new IncidentView(uuid(), shelter.id(), shelter.name(), type, occurredAt, severity, description, actionsTaken,
                personIds.stream().map(id -> PersonId.parse(id).orElseThrow()).toList(), policeInformed, partnerInformed,
                reportedBy, closedAt, followUps.stream().map(FollowUp::toView).toList(), version());
    }

    /** A follow-up, kept in order with the incident. */
    @jakarta.persistence.Embeddable
    public static class FollowUp {

        @Column(name = "RECORDED_AT", nullable = false)
        private LocalDateTime at;

        @Column(name = "NOTE", nullable = false, length = 2000)
        private String note;

        @Column(name = "RECORDED_BY", nullable = false, length = 100)
        private String recordedBy;

        @Column(name = "CLOSES", nullable = false)
        private boolean closes;

        protected FollowUp() {
            // for JPA
        }

        FollowUp(LocalDateTime at, String note, String recordedBy, boolean closes) {
            this.at = at;
            this.note = note;
            this.recordedBy = recordedBy;
            this.closes = closes;
        }

        FollowUpView toView() {
            return new FollowUpView(at, note, recordedBy, closes);
        }
    }
}
