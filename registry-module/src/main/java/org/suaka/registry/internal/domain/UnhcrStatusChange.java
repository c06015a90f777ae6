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
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.UnhcrStatus;
import org.suaka.registry.api.UnhcrStatusView;

/**
 * One change of a person's UNHCR status ({@code REG_UNHCR_STATUS}); the status on any day is the last change
 * on or before it, which the statistics read in SQL.
 */
@Entity
@Table(name = "REG_UNHCR_STATUS")
public class UnhcrStatusChange extends RecordEntity {

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private UnhcrStatus status;

    @Column(name = "EFFECTIVE_ON", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "NOTE", length = 500)
    private String note;

    protected UnhcrStatusChange() {
        // for JPA
    }

    /**
     * @param personId whose status
     * @param command the change, validated
     */
    public UnhcrStatusChange(PersonId personId, RecordUnhcrStatus command) {
        super(UUID.randomUUID());
        this.personId = personId.toString();
        this.status = command.status();
        this.effectiveOn = command.effectiveOn();
        this.note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
    }

    /** @return the first day of the status */
    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    /** @return this change as the API shows it */
    public UnhcrStatusView toView() {
        return new UnhcrStatusView(status, effectiveOn, note, stamp().createdBy(), stamp().createdAt());
    }
}
