package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.StatusChangeView;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;

/**
 * One change of a person's supervision status ({@code REG_STATUS_CHANGE}), kept as recorded: the person's
 * status history is these changes in the order of their days.
 */
@Entity
@Table(name = "REG_STATUS_CHANGE")
public class StatusChange extends RecordEntity {

    /** The person's id as text, so that person queries can join on it. */
    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private SupervisionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", length = 20)
    private StatusReason reason;

    @Column(name = "DESTINATION", length = 100)
    private String destination;

    @Column(name = "EFFECTIVE_ON", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "NOTE", length = 500)
    private String note;

    protected StatusChange() {
        // for JPA
    }

    /**
     * @param personId whose status
     * @param status the new status
     * @param effectiveOn its first day
     * @param reason why, checked by {@link StatusRules}, or null
     * @param destination where to, checked by {@link StatusRules}, or null
     * @param note the officer's note, or null
     */
    public StatusChange(PersonId personId, SupervisionStatus status, LocalDate effectiveOn, StatusReason reason,
            String destination, String note) {
        super(UUID.randomUUID());
        this.personId = personId.toString();
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.destination = destination;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** @return the first day of the status */
    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    /** @return this change as the API shows it */
    public StatusChangeView toView() {
        return new StatusChangeView(uuid(), PersonId.parse(personId).orElseThrow(), status, reason, destination,
                effectiveOn, note, stamp().createdBy(), stamp().createdAt());
    }
}
