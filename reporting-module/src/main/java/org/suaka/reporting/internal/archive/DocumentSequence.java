package org.suaka.reporting.internal.archive;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeYearSequence;

/**
 * The next document number of an office's year.
 */
@Entity
@Table(name = "RPT_OFFICE_SEQUENCE")
@IdClass(OfficeYearSequence.Key.class)
public class DocumentSequence extends OfficeYearSequence {

    protected DocumentSequence() {
        // for JPA
    }

    DocumentSequence(OfficeId office, int year) {
        super(office, year);
    }
}
