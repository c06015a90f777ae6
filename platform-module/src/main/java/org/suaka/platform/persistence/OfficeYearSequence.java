package org.suaka.platform.persistence;

import java.io.Serializable;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.suaka.platform.office.OfficeId;

/**
 * A numbering that restarts at 1 each year for each office, as Indonesian office registers do: document
 * numbers, card numbers. A module maps its own table ({@code OFFICE_ID, SEQUENCE_YEAR, NEXT_VALUE,
 * VERSION}) with an entity that extends this class and names {@link Key} as its id class.
 */
@MappedSuperclass
public abstract class OfficeYearSequence {

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

    protected OfficeYearSequence() {
        // for JPA
    }

    /**
     * @param office the office
     * @param year the year
     */
    protected OfficeYearSequence(OfficeId office, int year) {
        this.officeId = office.toString();
        this.year = year;
        this.nextValue = 1;
    }

    /**
     * Takes the next number of an office's year, holding the sequence's row lock until the transaction ends so
     * that no two callers get the same number.
     *
     * @param <S> the module's sequence entity
     * @param em the module's entity manager, in a transaction
     * @param type the module's sequence entity
     * @param office the office
     * @param year the year
     * @param years opens the year's row outside the transaction; null where no container runs (unit tests)
     * @param fresh a new sequence for the office's year, when {@code years} is null and the row is missing
     * @return the number, from 1
     */
    public static <S extends OfficeYearSequence> long next(EntityManager em, Class<S> type, OfficeId office, int year,
            SequenceYears years, Supplier<S> fresh) {
        Key key = new Key(office.toString(), year);
        S sequence = em.find(type, key, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null && years != null) {
            years.open(type.getAnnotation(Table.class).name(), office, year);
            sequence = em.find(type, key, LockModeType.PESSIMISTIC_WRITE);
        }
        if (sequence == null) {
            sequence = fresh.get();
            em.persist(sequence);
        }
        return ((OfficeYearSequence) sequence).take();
    }

    private long take() {
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
