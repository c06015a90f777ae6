package org.suaka.partner.internal.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.partner.api.AssistanceKind;
import org.suaka.partner.api.AssistanceStatus;
import org.suaka.partner.api.AssistanceView;
import org.suaka.partner.internal.persistence.PersonIdConverter;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;

/**
 * Assistance a partner gave for a month to a person or to their family ({@code PTR_ASSISTANCE}). A record
 * entered in error is voided, never deleted.
 */
@Entity
@Table(name = "PTR_ASSISTANCE")
public class Assistance extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Convert(converter = PersonIdConverter.class)
    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private PersonId personId;

    @Column(name = "FAMILY_ID", length = 36)
    private String familyId;

    @Column(name = "PERSONS_COVERED", nullable = false)
    private int personsCovered;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private AssistanceKind kind;

    /** The first day of the month it was given for. */
    @Column(name = "MONTH_START", nullable = false)
    private LocalDate monthStart;

    @Column(name = "AMOUNT_IDR")
    private Long amount;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "RECORDED_ON", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private AssistanceStatus status;

    @Column(name = "VOID_REASON", length = 500)
    private String voidReason;

    protected Assistance() {
        // for JPA
    }

    /**
     * @param recipient the person, and their family and its size when it covers the family
     * @param organisation the partner
     * @param kind what was given
     * @param month the month
     * @param amount the amount in rupiah, or null
     * @param note a remark, or null
     * @param recordedOn the day it is recorded
     * @param recordedBy who records it
     */
    public Assistance(Recipient recipient, Organisation organisation, AssistanceKind kind, YearMonth month, Long amount,
            String note, LocalDate recordedOn, String recordedBy) {
        super(UUID.randomUUID());
        this.office = organisation.office();
        this.personId = recipient.personId();
        this.familyId = recipient.familyId() == null ? null : recipient.familyId().toString();
        this.personsCovered = recipient.persons();
        this.organisation = organisation;
        this.kind = kind;
        this.monthStart = month.atDay(1);
        this.amount = amount;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedOn = recordedOn;
        this.recordedBy = recordedBy;
        this.status = AssistanceStatus.RECORDED;
    }

    /**
     * @param reason why it is withdrawn
     * @param seenVersion the version the caller read
     */
    public void voidFor(String reason, long seenVersion) {
        requireVersion(seenVersion);
        if (status == AssistanceStatus.VOIDED) {
            throw new BusinessRuleException("assistance-voided", "This assistance record was voided already: " + voidReason);
        }
        this.status = AssistanceStatus.VOIDED;
        this.voidReason = reason.strip();
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the partner that gave it */
    public org.suaka.partner.api.OrganisationId organisationId() {
        return organisation.id();
    }

    /** @return the record as the API shows it */
    public AssistanceView toView() {
        return new AssistanceView(uuid(), personId, familyId == null ? null : UUID.fromString(familyId), personsCovered,
                organisation.id(), organisation.name(), kind, YearMonth.from(monthStart), amount, note, recordedOn, recordedBy,
                status, voidReason, version());
    }

    /**
     * Who assistance goes to.
     *
     * @param personId the recipient
     * @param familyId the family it covers, or null for the recipient alone
     * @param persons how many persons it covers
     */
    public record Recipient(PersonId personId, UUID familyId, int persons) {
    }
}
