package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.OfficeStayView;

/**
 * The time a person spent under one office's supervision, from {@code from} until {@code until} (open
 * while it goes on). A person's stays follow one another: a transfer closes one and opens the next on the
 * same day. Every figure "under supervision of an office on a day" counts stays, so that a transfer moves
 * a person between offices from that day on and leaves the past figures of both as they were.
 */
@Entity
@Table(name = "REG_OFFICE_STAY")
public class OfficeStay extends RecordEntity implements OfficeRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "PERSON_ID", nullable = false)
    private Person person;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;

    @Column(name = "UNTIL_DATE")
    private LocalDate until;

    @Enumerated(EnumType.STRING)
    @Column(name = "BEGUN_BY", nullable = false, length = 20)
    private StayChange begunBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENDED_BY", length = 20)
    private StayChange endedBy;

    protected OfficeStay() {
        // for JPA
    }

    /**
     * @param person the person
     * @param office the office that supervises them
     * @param from the first day
     * @param arrivedByTransfer whether another office handed them over
     */
    public OfficeStay(Person person, OfficeId office, LocalDate from, boolean arrivedByTransfer) {
        super(UUID.randomUUID());
        this.person = person;
        this.office = office;
        this.from = from;
        this.begunBy = arrivedByTransfer ? StayChange.TRANSFER : StayChange.SUPERVISION;
    }

    /**
     * Ends the stay.
     *
     * @param day the day the office's supervision ends
     * @param byTransfer whether the person was handed over to another office
     */
    public void end(LocalDate day, boolean byTransfer) {
        this.until = day;
        this.endedBy = byTransfer ? StayChange.TRANSFER : StayChange.SUPERVISION;
    }

    /** @param day the first day of supervision, corrected */
    public void beginOn(LocalDate day) {
        this.from = day;
    }

    /** @return the first day */
    public LocalDate from() {
        return from;
    }

    /** @return the day it ended, or null */
    public LocalDate until() {
        return until;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the stay as the API shows it */
    public OfficeStayView toView() {
        return new OfficeStayView(office, from, until, begunBy == StayChange.TRANSFER, endedBy == StayChange.TRANSFER);
    }

    /** What began or ended a stay. */
    public enum StayChange {
        /** The person's supervision began or ended. */
        SUPERVISION,
        /** One office handed the person over to another. */
        TRANSFER
    }

    @Override
    protected String recordType() {
        return "office stay";
    }
}
