package org.suaka.reporting.internal.archive;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.suaka.platform.office.OfficeId;

/**
 * The next document number of a year. Numbers restart at 1 each year, as Indonesian office registers do.
 */
@Entity
@Table(name = "RPT_OFFICE_SEQUENCE")
@IdClass(DocumentSequence.Key.class)
public class DocumentSequence {

    @Id
    @Column(name = "OFFICE_ID", length = 36)
    private String officeId;

    @Id
    @Column(name = "SEQUENCE_YEAR")
    private int year;

    @Column(name = "NEXT_VALUE", nullable = false)
    private long nextValue;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DocumentSequence() {
        // for JPA
    }

    DocumentSequence(OfficeId office, int year) {
        this.officeId = office.toString();
        this.year = year;
        this.nextValue = 1;
    }

    long take() {
        return nextValue++;
    }

    /**
     * The key of a sequence: one per office and year.
     *
     * @param officeId the office's id
     * @param year the year
     */
    public record Key(String officeId, int year) implements Serializable {
    }
}
