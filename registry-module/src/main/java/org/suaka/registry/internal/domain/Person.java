package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.UnhcrStatus;

/**
 * A foreign refugee under the supervision of the office, from {@code supervisedFrom} until
 * {@code supervisedUntil} (open while supervision goes on).
 */
@Entity
@Table(name = "REG_PERSON")
public class Person extends RecordEntity implements OfficeRecord {

    /** The name an anonymised person keeps. */
    public static final String ANONYMOUS = "ANONIM";

    @Column(name = "GIVEN_NAME", nullable = false, length = 100)
    private String givenName;

    @Column(name = "FAMILY_NAME", length = 100)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false, length = 10)
    private Sex sex;

    @Column(name = "DATE_OF_BIRTH", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "NATIONALITY", nullable = false, length = 3)
    private String nationality;

    @Column(name = "UNHCR_NUMBER", length = 20)
    private String unhcrNumber;

    @Column(name = "UNHCR_CASE_NUMBER", length = 20)
    private String unhcrCaseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "UNHCR_STATUS", length = 20)
    private UnhcrStatus unhcrStatus;

    @Column(name = "SUPERVISED_FROM", nullable = false)
    private LocalDate supervisedFrom;

    @Column(name = "SUPERVISED_UNTIL")
    private LocalDate supervisedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "SUPERVISION_STATUS", nullable = false, length = 20)
    private SupervisionStatus status;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    /** The record this one was merged into, as a duplicate of the same person; null while it stands. */
    @Column(name = "MERGED_INTO", length = 36)
    private String mergedInto;

    @Column(name = "MERGE_NOTE", length = 500)
    private String mergeNote;

    /** How the person came under supervision: found or handed over, or born to a family under it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "CAME_BY", nullable = false, length = 10)
    private CameBy cameBy = CameBy.ARRIVAL;

    protected Person() {
        // for JPA
    }

    /**
     * @param id the new person's id
     * @param facts the registered facts, already validated
     * @param office the office that supervises the person
     */
    public Person(PersonId id, PersonFacts facts, OfficeId office) {
        super(id.value());
        this.office = Objects.requireNonNull(office, "office");
        this.status = SupervisionStatus.FOUND;
        apply(facts);
    }

    /**
     * Corrects the person's facts.
     *
     * @param facts the facts after the correction, already checked by {@link PersonRules}
     * @param seenVersion the version the caller read
     * @throws org.suaka.platform.api.StaleVersionException when the person changed since
     * @throws BusinessRuleException when supervision would end before it began
     */
    public void correct(PersonFacts facts, long seenVersion) {
        requireVersion(seenVersion);
        if (supervisedUntil != null && supervisedUntil.isBefore(facts.supervisedFrom())) {
            throw new BusinessRuleException("supervision-ends-before-start", "Supervision ended on "
                    + supervisedUntil + " and cannot begin later, on " + facts.supervisedFrom());
        }
        apply(facts);
    }

    private void apply(PersonFacts facts) {
        this.givenName = facts.givenName().strip();
        this.familyName = blankToNull(facts.familyName());
        this.sex = Objects.requireNonNull(facts.sex());
        this.dateOfBirth = Objects.requireNonNull(facts.dateOfBirth());
        this.nationality = facts.nationality();
        this.unhcrNumber = blankToNull(facts.unhcrNumber());
        this.unhcrCaseNumber = blankToNull(facts.unhcrCaseNumber());
        this.supervisedFrom = Objects.requireNonNull(facts.supervisedFrom());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Ends the supervision on the given day.
     *
     * @param until the last day
     * @param seenVersion the version the caller read
     */
    public void endSupervision(LocalDate until, long seenVersion) {
        requireVersion(seenVersion);
        requireUnderSupervision();
        if (until.isBefore(supervisedFrom)) {
            throw new BusinessRuleException("supervision-ends-before-start",
                    "Supervision began on " + supervisedFrom + " and cannot end on " + until);
        }
        this.supervisedUntil = until;
        this.status = SupervisionStatus.DEPARTED;
    }

    /**
     * Moves the person to another supervision status; a departure ends the supervision on its day.
     *
     * @param next the status, allowed after the current one ({@link StatusRules})
     * @param effectiveOn its first day
     * @param seenVersion the version the caller read
     */
    public void moveTo(SupervisionStatus next, LocalDate effectiveOn, long seenVersion) {
        if (next == SupervisionStatus.DEPARTED) {
            endSupervision(effectiveOn, seenVersion);
            return;
        }
        requireVersion(seenVersion);
        this.status = next;
    }

    /**
     * @param next UNHCR's decision
     * @throws BusinessRuleException ({@code unhcr-status-unchanged}) when the person has that status already
     */
    public void decidedByUnhcr(UnhcrStatus next) {
        if (next == unhcrStatus) {
            throw new BusinessRuleException("unhcr-status-unchanged", "The person's UNHCR status is " + next + " already");
        }
        this.unhcrStatus = next;
    }

    /** @return where the person is under supervision */
    public SupervisionStatus status() {
        return status;
    }

    /** @return the first day of supervision */
    public LocalDate supervisedFrom() {
        return supervisedFrom;
    }

    /**
     * Clears what identifies the person; keeps sex, nationality, year of birth and supervision dates so
     * that statistics stay correct.
     */
    public void anonymise() {
        this.givenName = ANONYMOUS;
        this.familyName = null;
        this.dateOfBirth = dateOfBirth.withDayOfYear(1);
        this.unhcrNumber = null;
        this.unhcrCaseNumber = null;
    }

    /**
     * Hands the person over to another office's supervision.
     *
     * @param receiving the office that supervises them from now on
     * @param seenVersion the version the caller read
     */
    public void transferTo(OfficeId receiving, long seenVersion) {
        requireVersion(seenVersion);
        requireUnderSupervision();
        this.office = receiving;
    }

    /**
     * Merges this record into another of the same person: it stays, with its own status history, but
     * points at the survivor, which takes on the earlier first day of supervision and the UNHCR case number
     * and status it lacked (the individual number, unique, moves apart: {@link #releaseUnhcrNumber}).
     *
     * @param survivor the record that stands for the person from now on, under supervision at the same office
     * @param note why, as the one who merged wrote it, or null
     */
    public void mergeInto(Person survivor, String note) {
        requireUnderSupervision();
        survivor.requireUnderSupervision();
        if (survivor == this || survivor.id().equals(id())) {
            throw new InvalidFieldException("duplicate", "A record cannot be merged into itself");
        }
        if (!survivor.office.equals(office)) {
            throw new BusinessRuleException("merge-across-offices", "Both records must be supervised by the same office:"
                    + " transfer one first");
        }
        if (supervisedFrom.isBefore(survivor.supervisedFrom)) {
            survivor.supervisedFrom = supervisedFrom;
        }
        if (survivor.unhcrCaseNumber == null) {
            survivor.unhcrCaseNumber = unhcrCaseNumber;
        }
        if (survivor.unhcrStatus == null) {
            survivor.unhcrStatus = unhcrStatus;
        }
        this.mergedInto = survivor.id().toString();
        this.mergeNote = blankToNull(note);
    }

    /** Records that the person came under supervision by being born to a family under it. */
    public void bornUnderSupervision() {
        this.cameBy = CameBy.BIRTH;
    }

    /** How a person came under supervision. */
    public enum CameBy {
        /** Found, handed over or transferred in. */
        ARRIVAL,
        /** Born to a family under supervision. */
        BIRTH
    }

    /**
     * Gives up the UNHCR individual number, so that the record this one is merged into can take it.
     *
     * @return the number, or null
     */
    public String releaseUnhcrNumber() {
        String released = unhcrNumber;
        this.unhcrNumber = null;
        return released;
    }

    /** @param number the UNHCR individual number of a record merged into this one, kept when this has none */
    public void takeUnhcrNumber(String number) {
        if (unhcrNumber == null) {
            this.unhcrNumber = number;
        }
    }

    /** @return why the record was merged, or null */
    public String mergeNote() {
        return mergeNote;
    }

    /** @return the record this one was merged into, if it was */
    public Optional<PersonId> mergedInto() {
        return mergedInto == null ? Optional.empty() : PersonId.parse(mergedInto);
    }

    /** @throws BusinessRuleException when the person's supervision has ended or the record was merged */
    public void requireUnderSupervision() {
        if (mergedInto != null) {
            throw new BusinessRuleException("record-merged", "This record was merged into " + mergedInto
                    + ": change that one");
        }
        if (supervisedUntil != null) {
            throw new BusinessRuleException("supervision-ended", "Supervision ended on " + supervisedUntil);
        }
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the id */
    public PersonId id() {
        return new PersonId(uuid());
    }

    /** @return the UNHCR case number a family shares, or null */
    public String unhcrCaseNumber() {
        return unhcrCaseNumber;
    }

    /** @return the UNHCR individual number, or null */
    public String unhcrNumber() {
        return unhcrNumber;
    }

    /** @return this person as the API shows it */
    public PersonView toView() {
        return new PersonView(new PersonId(uuid()), givenName, familyName, sex, dateOfBirth,
                nationality, unhcrNumber, unhcrCaseNumber, unhcrStatus, supervisedFrom, supervisedUntil, status, office, version());
    }
}
