package org.suaka.registry.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RecordSelfReport;
import org.suaka.registry.api.SelfReportView;

/**
 * One monthly self-report of a person ({@code REG_SELF_REPORT}), kept as taken.
 */
@Entity
@Table(name = "REG_SELF_REPORT")
public class SelfReport extends RecordEntity {

    /** The person's id as text, so that person queries can join on it. */
    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Column(name = "REPORTED_ON", nullable = false)
    private LocalDate reportedOn;

    @Column(name = "REMARKS", length = 500)
    private String remarks;

    protected SelfReport() {
        // for JPA
    }

    /**
     * @param personId who reported
     * @param command the report as taken, validated; the user who takes it is the record's creator
     */
    public SelfReport(PersonId personId, RecordSelfReport command) {
        super(UUID.randomUUID());
        this.personId = personId.toString();
        this.reportedOn = command.reportedOn();
        this.remarks = command.remarks() == null || command.remarks().isBlank() ? null : command.remarks().strip();
    }

    /** @return this report as the API shows it */
    public SelfReportView toView() {
        return new SelfReportView(uuid(), PersonId.parse(personId).orElseThrow(), reportedOn, stamp().createdBy(),
                remarks);
    }
}
