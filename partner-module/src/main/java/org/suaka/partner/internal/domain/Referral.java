package org.suaka.partner.internal.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
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

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralView;
import org.suaka.partner.api.ServiceKind;
import org.suaka.partner.internal.persistence.PersonIdConverter;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;

/**
 * A referral of a person to a partner ({@code PTR_REFERRAL}): requested, then accepted and completed, or
 * rejected or cancelled on the way.
 */
@Entity
@Table(name = "PTR_REFERRAL")
public class Referral extends RecordEntity implements OfficeRecord {

    private static final Set<ReferralStatus> OPEN = EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED);

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Convert(converter = PersonIdConverter.class)
    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private PersonId personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE", nullable = false, length = 30)
    private ServiceKind service;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "REQUESTED_ON", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;

    @Column(name = "REQUESTED_BY", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "ANSWERED_ON")
    private LocalDate answeredOn;

    @Column(name = "ANSWERED_BY", length = 100)
    private String answeredBy;

    @Column(name = "ANSWER_NOTE", length = 2000)
    private String answerNote;

    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;

    @Column(name = "OUTCOME", length = 2000)
    private String outcome;

    protected Referral() {
        // for JPA
    }

    /**
     * @param personId the person, registered in the organisation's office
     * @param organisation the partner
     * @param service what for
     * @param requestedOn the day
     * @param reason why
     * @param requestedBy who refers
     */
    public Referral(PersonId personId, Organisation organisation, ServiceKind service, LocalDate requestedOn, String reason,
            String requestedBy) {
        super(UUID.randomUUID());
        this.office = organisation.office();
        this.personId = personId;
        this.organisation = organisation;
        this.service = service;
        this.status = ReferralStatus.REQUESTED;
        this.requestedOn = requestedOn;
        this.reason = reason.strip();
        this.requestedBy = requestedBy;
    }

    /**
     * @param to where the referral goes: accepted, rejected or cancelled
     * @param on the day
     * @param by who answers
     * @param note why, required unless accepting
     * @param seenVersion the version the caller read
     */
    public void answer(ReferralStatus to, LocalDate on, String by, String note, long seenVersion) {
        requireVersion(seenVersion);
        boolean fromRequestedOnly = to == ReferralStatus.ACCEPTED;
        if (fromRequestedOnly ? status != ReferralStatus.REQUESTED : !OPEN.contains(status)) {
            throw new BusinessRuleException("referral-status", "A referral " + status + " cannot become " + to);
        }
        String said = note == null || note.isBlank() ? null : note.strip();
        if (to != ReferralStatus.ACCEPTED && said == null) {
            throw new InvalidFieldException("note", "Say why the referral is " + to.name().toLowerCase(java.util.Locale.ROOT));
        }
        this.status = to;
        this.answeredOn = on;
        this.answeredBy = by;
        this.answerNote = said;
    }

    /**
     * @param on the day the service was given, not before the referral
     * @param result what came of it
     * @param seenVersion the version the caller read
     */
    public void complete(LocalDate on, String result, long seenVersion) {
        requireVersion(seenVersion);
        if (status != ReferralStatus.ACCEPTED) {
            throw new BusinessRuleException("referral-status", "Only an accepted referral is completed; this one is " + status);
        }
        if (on.isBefore(requestedOn)) {
            throw new InvalidFieldException("completedOn", "A referral is completed on or after " + requestedOn);
        }
        this.status = ReferralStatus.COMPLETED;
        this.completedOn = on;
        this.outcome = result.strip();
    }

    /** @return the partner it went to */
    public OrganisationId organisationId() {
        return organisation.id();
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the referral as the API shows it */
    public ReferralView toView() {
        return new ReferralView(uuid(), personId, organisation.id(), organisation.name(), service, status, requestedOn, reason,
                requestedBy, answeredOn, answeredBy, answerNote, completedOn, outcome, version());
    }
}
