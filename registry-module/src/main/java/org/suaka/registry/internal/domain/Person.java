package org.suaka.registry.internal.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.Sex;

/**
 * A foreign refugee under the supervision of the office, from {@code supervisedFrom} until
 * {@code supervisedUntil} (open while supervision goes on).
 */
@Entity
@Table(name = "REG_PERSON")
public class Person {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

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

    @Column(name = "SUPERVISED_FROM", nullable = false)
    private LocalDate supervisedFrom;

    @Column(name = "SUPERVISED_UNTIL")
    private LocalDate supervisedUntil;

    /** When the record was created, in UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Person() {
        // for JPA
    }

    /**
     * @param id the new person's id
     * @param facts the registered facts, already validated
     */
    public Person(PersonId id, PersonFacts facts) {
        this.id = id.toString();
        this.givenName = facts.givenName().strip();
        this.familyName = blankToNull(facts.familyName());
        this.sex = Objects.requireNonNull(facts.sex());
        this.dateOfBirth = Objects.requireNonNull(facts.dateOfBirth());
        this.nationality = facts.nationality();
        this.unhcrNumber = blankToNull(facts.unhcrNumber());
        this.unhcrCaseNumber = blankToNull(facts.unhcrCaseNumber());
        this.supervisedFrom = Objects.requireNonNull(facts.supervisedFrom());
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** @return the UNHCR individual number, or null */
    public String unhcrNumber() {
        return unhcrNumber;
    }

    /** @return this person as the API shows it */
    public PersonView toView() {
        return new PersonView(PersonId.parse(id).orElseThrow(), givenName, familyName, sex, dateOfBirth,
                nationality, unhcrNumber, unhcrCaseNumber, supervisedFrom, supervisedUntil, version);
    }
}
