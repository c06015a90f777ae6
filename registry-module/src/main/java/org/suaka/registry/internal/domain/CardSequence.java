package org.suaka.registry.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeYearSequence;

/** The next ID card number of an office's year. */
@Entity
@Table(name = "REG_CARD_SEQUENCE")
@IdClass(OfficeYearSequence.Key.class)
public class CardSequence extends OfficeYearSequence {

    protected CardSequence() {
        // for JPA
    }

    /**
     * @param office the office
     * @param year the year
     */
    public CardSequence(OfficeId office, int year) {
        super(office, year);
    }
}
