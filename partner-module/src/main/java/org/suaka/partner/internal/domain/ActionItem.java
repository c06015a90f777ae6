package org.suaka.partner.internal.domain;

import java.time.LocalDate;
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

import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.ActionStatus;
import org.suaka.partner.api.AddActionItem;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;

/** An action item agreed at a visit or meeting ({@code PTR_ACTION_ITEM}), open until marked done. */
@Entity
@Table(name = "PTR_ACTION_ITEM")
public class ActionItem extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "VISIT_ID", nullable = false)
    private Visit visit;

    @Column(name = "DESCRIPTION", nullable = false, length = 1000)
    private String description;

    @Column(name = "OWNER", nullable = false, length = 200)
    private String owner;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private ActionStatus status;

    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    protected ActionItem() {
        // for JPA
    }

    /**
     * @param visit the meeting it was agreed at
     * @param command what, who and by when
     * @throws InvalidFieldException ({@code dueOn}) when it is due before the meeting
     */
    public ActionItem(Visit visit, AddActionItem command) {
        super(UUID.randomUUID());
        if (command.dueOn().isBefore(visit.date())) {
            throw new InvalidFieldException("dueOn", "An action item is due on or after its meeting, " + visit.date());
        }
        this.office = visit.office();
        this.visit = visit;
        this.description = command.description().strip();
        this.owner = command.owner().strip();
        this.dueOn = command.dueOn();
        this.status = ActionStatus.OPEN;
    }

    /**
     * @param on the day it was done
     * @param seenVersion the version the caller read
     */
    public void markDone(LocalDate on, long seenVersion) {
        requireVersion(seenVersion);
        if (status == ActionStatus.DONE) {
            throw new BusinessRuleException("action-item-done", "This action item was done on " + doneOn);
        }
        this.status = ActionStatus.DONE;
        this.doneOn = on;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the action item as the API shows it */
    public ActionItemView toView() {
        return new ActionItemView(uuid(), visit.id(), visit.organisationName(), visit.date(), description, owner, dueOn, status,
                doneOn, version());
    }
}
