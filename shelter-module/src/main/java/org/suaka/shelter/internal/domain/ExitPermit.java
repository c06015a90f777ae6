package org.suaka.shelter.internal.domain;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.PermitId;
import org.suaka.shelter.api.PermitState;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.RequestPermit;
import org.suaka.shelter.internal.persistence.PersonIdConverter;

/**
 * An exit permit (izin keluar, {@code SHL_EXIT_PERMIT}): asked for by an officer, decided by a supervisor
 * who did not ask for it, and closed by the person's actual return.
 */
@Entity
@Table(name = "SHL_EXIT_PERMIT")
public class ExitPermit extends RecordEntity implements OfficeRecord {

    /** The longest a permit may keep a person away. */
    public static final int MAX_DAYS = 30;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    @Convert(converter = PersonIdConverter.class)
    private PersonId personId;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "PURPOSE", nullable = false, length = 300)
    private String purpose;

    @Column(name = "DESTINATION", nullable = false, length = 150)
    private String destination;

    @Column(name = "LEAVE_AT", nullable = false)
    private LocalDateTime leaveAt;

    @Column(name = "EXPECTED_RETURN_AT", nullable = false)
    private LocalDateTime expectedReturnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 10)
    private PermitState state;

    @Column(name = "REQUESTED_BY", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "DECIDED_BY", length = 100)
    private String decidedBy;

    @Column(name = "DECISION_NOTE", length = 500)
    private String decisionNote;

    @Column(name = "RETURNED_AT")
    private LocalDateTime returnedAt;

    protected ExitPermit() {
        // for JPA
    }

    /**
     * @param command the permit asked for, validated
     * @param office the office of the person's shelter
     * @param requestedBy who asks
     * @throws InvalidFieldException when the return is not after the leave or too far after it
     */
    public ExitPermit(RequestPermit command, OfficeId office, String requestedBy) {
        super(PermitId.random().value());
        if (!command.expectedReturnAt().isAfter(command.leaveAt())) {
            throw new InvalidFieldException("expectedReturnAt", "The person must be expected back after leaving ("
                    + command.leaveAt() + ")");
        }
        if (command.expectedReturnAt().isAfter(command.leaveAt().plusDays(MAX_DAYS))) {
            throw new InvalidFieldException("expectedReturnAt", "An exit permit lasts " + MAX_DAYS + " days at most");
        }
        this.personId = command.personId();
        this.office = office;
        this.purpose = command.purpose().strip();
        this.destination = command.destination().strip();
        this.leaveAt = command.leaveAt();
        this.expectedReturnAt = command.expectedReturnAt();
        this.state = PermitState.REQUESTED;
        this.requestedBy = requestedBy;
    }

    /**
     * @param approved whether it is approved, or refused
     * @param supervisor who decides
     * @param note why, or null
     * @param seenVersion the version the caller read
     * @throws BusinessRuleException ({@code own-permit}) when the supervisor asked for it; ({@code permit-decided})
     *     when it was decided already
     */
    public void decide(boolean approved, String supervisor, String note, long seenVersion) {
        requireVersion(seenVersion);
        if (state != PermitState.REQUESTED) {
            throw new BusinessRuleException("permit-decided", "This permit is " + state + " already");
        }
        if (supervisor.equals(requestedBy)) {
            throw new BusinessRuleException("own-permit", "A supervisor does not decide a permit they asked for:"
                    + " another supervisor does");
        }
        this.state = approved ? PermitState.APPROVED : PermitState.REFUSED;
        this.decidedBy = supervisor;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * @param at when the person came back
     * @param now the office's now
     * @param seenVersion the version the caller read
     */
    public void returned(LocalDateTime at, LocalDateTime now, long seenVersion) {
        requireVersion(seenVersion);
        if (state != PermitState.APPROVED) {
            throw new BusinessRuleException("permit-not-approved", "Only an approved permit has a return; this one is "
                    + state);
        }
        if (at.isBefore(leaveAt) || at.isAfter(now)) {
            throw new InvalidFieldException("returnedAt", "The return lies between the leave (" + leaveAt
                    + ") and now (" + now.withNano(0) + ")");
        }
        this.state = PermitState.RETURNED;
        this.returnedAt = at;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the person */
    public PersonId personId() {
        return personId;
    }

    /**
     * @param now the office's now
     * @return the permit as the API shows it
     */
    public PermitView toView(LocalDateTime now) {
        boolean overdue = state == PermitState.APPROVED && expectedReturnAt.isBefore(now);
        return new PermitView(new PermitId(uuid()), personId, purpose, destination, leaveAt, expectedReturnAt, state,
                requestedBy, decidedBy, decisionNote, returnedAt, overdue, version());
    }
}
