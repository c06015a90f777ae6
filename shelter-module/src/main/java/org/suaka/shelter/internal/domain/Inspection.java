package org.suaka.shelter.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.FacilityCondition;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.RecordInspection;

/**
 * An inspection of a shelter's facilities ({@code SHL_INSPECTION}) with a finding per facility, open until its
 * follow-up is closed. One that needs nothing is closed on the day.
 */
@Entity
@Table(name = "SHL_INSPECTION")
public class Inspection extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SHELTER_ID", nullable = false)
    private Shelter shelter;

    @Column(name = "INSPECTED_ON", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "INSPECTOR", nullable = false, length = 200)
    private String inspector;

    @Column(name = "FOLLOW_UP", length = 2000)
    private String followUp;

    @Column(name = "FOLLOW_UP_DUE")
    private LocalDate followUpDue;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Column(name = "CLOSING_NOTE", length = 2000)
    private String closingNote;

    @Column(name = "CLOSED_BY", length = 100)
    private String closedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SHL_INSPECTION_FINDING", joinColumns = @JoinColumn(name = "INSPECTION_ID"))
    private List<FacilityFinding> findings = new ArrayList<>();

    protected Inspection() {
        // for JPA
    }

    /**
     * @param command the inspection as reported, validated (each facility once, a follow-up when needed)
     * @param shelter the shelter inspected
     * @param recordedBy who records it
     */
    public Inspection(RecordInspection command, Shelter shelter, String recordedBy) {
        super(UUID.randomUUID());
        this.office = shelter.office();
        this.shelter = shelter;
        this.inspectedOn = command.inspectedOn();
        this.inspector = command.inspector().strip();
        this.followUp = blankToNull(command.followUp());
        this.followUpDue = command.followUpDue();
        this.recordedBy = recordedBy;
        command.findings().forEach(f -> findings.add(new FacilityFinding(f.facility(), f.condition(), blankToNull(f.note()))));
        if (followUp == null) {
            this.closedOn = inspectedOn;
            this.closedBy = recordedBy;
        }
    }

    /**
     * @param on the day the follow-up was done
     * @param note what was done
     * @param by who closes it
     * @param seenVersion the version the caller read
     */
    public void close(LocalDate on, String note, String by, long seenVersion) {
        requireVersion(seenVersion);
        if (closedOn != null) {
            throw new BusinessRuleException("inspection-closed", "This inspection was closed on " + closedOn);
        }
        this.closedOn = on;
        this.closingNote = note.strip();
        this.closedBy = by;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the inspection as the API shows it */
    public InspectionView toView() {
        return new InspectionView(uuid(), shelter.id(), shelter.name(), inspectedOn, inspector,
                findings.stream().sorted(Comparator.comparing(f -> f.facility))
                        .map(f -> new org.suaka.shelter.api.Finding(f.facility, f.condition, f.note)).toList(),
                followUp, followUpDue, recordedBy, closedOn, closingNote, closedBy, version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What was found of one facility, kept with the inspection. */
    @Embeddable
    public static class FacilityFinding {

        @Enumerated(EnumType.STRING)
        @Column(name = "FACILITY", nullable = false, length = 20)
        private Facility facility;

        @Enumerated(EnumType.STRING)
        @Column(name = "FACILITY_CONDITION", nullable = false, length = 20)
        private FacilityCondition condition;

        @Column(name = "NOTE", length = 1000)
        private String note;

        protected FacilityFinding() {
            // for JPA
        }

        FacilityFinding(Facility facility, FacilityCondition condition, String note) {
            this.facility = facility;
            this.condition = condition;
            this.note = note;
        }
    }
}
