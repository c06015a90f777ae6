package org.suaka.shelter.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.shelter.api.ShelterId;

/** The presence check of a shelter on a day ({@code SHL_PRESENCE_CHECK}): one per shelter and day. */
@Entity
@Table(name = "SHL_PRESENCE_CHECK")
public class PresenceCheck extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "SHELTER_ID", nullable = false, length = 36)
    private String shelterId;

    @Column(name = "CHECK_DAY", nullable = false)
    private LocalDate day;

    /** How many times the sheet was saved: a correction changes the check itself, so its version moves. */
    @Column(name = "SUBMISSIONS", nullable = false)
    private int submissions = 1;

    protected PresenceCheck() {
        // for JPA
    }

    /**
     * @param office the office of the shelter
     * @param shelterId the shelter
     * @param day the day checked
     */
    public PresenceCheck(OfficeId office, ShelterId shelterId, LocalDate day) {
        super(UUID.randomUUID());
        this.office = office;
        this.shelterId = shelterId.toString();
        this.day = day;
    }

    /**
     * Records that the check was submitted again, as a correction of the version read.
     *
     * @param seenVersion the version the caller read
     */
    public void resubmitted(long seenVersion) {
        requireVersion(seenVersion);
        submissions++;
    }

    /** @return the check's id */
    public UUID id() {
        return uuid();
    }

    /** @return the day checked */
    public LocalDate day() {
        return day;
    }

    /** @return who submitted it last */
    public String takenBy() {
        String changed = stamp().changedBy();
        return changed == null ? stamp().createdBy() : changed;
    }

    /** @return the version */
    public long currentVersion() {
        return version();
    }

    @Override
    public OfficeId office() {
        return office;
    }
}
