package org.suaka.shelter.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.Mark;
import org.suaka.shelter.internal.persistence.PersonIdConverter;

/**
 * One person's mark in a presence check ({@code SHL_PRESENCE_MARK}), with the day copied for the
 * per-person queries and the run of unexplained absences up to it.
 */
@Entity
@Table(name = "SHL_PRESENCE_MARK")
public class PresenceMark {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHECK_ID", nullable = false, length = 36)
    private String checkId;

    @Column(name = "SHELTER_ID", nullable = false, length = 36)
    private String shelterId;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    @Convert(converter = PersonIdConverter.class)
    private PersonId personId;

    @Column(name = "CHECK_DAY", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", nullable = false, length = 16)
    private Mark mark;

    @Column(name = "FLAGGED", nullable = false)
    private boolean flagged;

    @Column(name = "ABSENT_STREAK", nullable = false)
    private int absentStreak;

    protected PresenceMark() {
        // for JPA
    }

    /**
     * @param check the check
     * @param shelterId the shelter checked
     * @param personId the person
     * @param mark what was found
     * @param flagged whether the person is absent without a permit
     * @param absentStreak the unexplained absences in a row up to this one
     */
    public PresenceMark(PresenceCheck check, String shelterId, PersonId personId, Mark mark, boolean flagged,
            int absentStreak) {
        this.id = UUID.randomUUID().toString();
        this.checkId = check.id().toString();
        this.shelterId = shelterId;
        this.personId = personId;
        this.day = check.day();
        this.mark = mark;
        this.flagged = flagged;
        this.absentStreak = absentStreak;
    }

    /** @return the person */
    public PersonId personId() {
        return personId;
    }

    /** @return what was found */
    public Mark mark() {
        return mark;
    }

    /** @return whether the person was absent without a permit */
    public boolean flagged() {
        return flagged;
    }

    /** @return the unexplained absences in a row up to this one */
    public int absentStreak() {
        return absentStreak;
    }

    /**
     * Counts this mark's run again after an earlier check of the person was taken or corrected.
     *
     * @param before the run at the person's check before this one
     * @return the run up to this one
     */
    public int followOn(int before) {
        this.absentStreak = flagged ? before + 1 : 0;
        return absentStreak;
    }
}
