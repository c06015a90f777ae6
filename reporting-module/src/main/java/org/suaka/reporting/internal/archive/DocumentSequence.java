package org.suaka.reporting.internal.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The next document number of a year. Numbers restart at 1 each year, as Indonesian office registers do.
 */
@Entity
@Table(name = "RPT_DOCUMENT_SEQUENCE")
public class DocumentSequence {

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

    DocumentSequence(int year) {
        this.year = year;
        this.nextValue = 1;
    }

    long take() {
        return nextValue++;
    }
}
