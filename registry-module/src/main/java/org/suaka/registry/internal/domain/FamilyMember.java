package org.suaka.registry.internal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.Relationship;

/** A person's place in a family ({@code REG_FAMILY_MEMBER}): one row per person at most. */
@Entity
@Table(name = "REG_FAMILY_MEMBER")
public class FamilyMember extends RecordEntity {

    @Column(name = "FAMILY_ID", nullable = false, length = 36)
    private String familyId;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "RELATIONSHIP", nullable = false, length = 20)
    private Relationship relationship;

    protected FamilyMember() {
        // for JPA
    }

    /**
     * @param familyId the family
     * @param personId the member
     * @param relationship the relationship to the head
     */
    public FamilyMember(UUID familyId, PersonId personId, Relationship relationship) {
        super(UUID.randomUUID());
        this.familyId = familyId.toString();
        this.personId = personId.toString();
        this.relationship = relationship;
    }

    /**
     * Moves the member to another family.
     *
     * @param family the family
     * @param now the relationship to its head
     */
    public void moveTo(UUID family, Relationship now) {
        this.familyId = family.toString();
        this.relationship = now;
    }

    /** @return the family */
    public UUID familyId() {
        return UUID.fromString(familyId);
    }

    /** @return the member */
    public PersonId personId() {
        return PersonId.parse(personId).orElseThrow();
    }

    /** @return the relationship to the head */
    public Relationship relationship() {
        return relationship;
    }
}
