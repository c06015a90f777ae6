package org.suaka.registry.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PageRequest;

/**
 * Family groups: a head and their members, each with their relationship to the head. Family data: partner
 * staff see it only when their organisation is granted it.
 */
public interface FamilyService {

    /**
     * Puts a person in a family, or starts a family headed by them; a member of another family is moved.
     *
     * @param personId a person of the caller's office, under supervision
     * @param command the family and the relationship to its head
     * @return the family the person now belongs to
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.RecordNotFoundException when the caller's office has no such family
     * @throws org.suaka.platform.api.BusinessRuleException ({@code head-has-members}) when the person heads a
     *     family with other members, who would be left without a head
     * @throws org.suaka.platform.api.InvalidFieldException ({@code relationship}) when a second head is named
     *     for a family, or a new family is started without the person as its head
     */
    FamilyView join(@NotNull PersonId personId, @NotNull @Valid JoinFamily command);

    /**
     * @param personId a person
     * @return the person's family, when they belong to one
     */
    Optional<FamilyView> familyOf(@NotNull PersonId personId);

    /**
     * @param familyId a family
     * @return the family, when the caller reads its office
     */
    Optional<FamilyView> find(@NotNull UUID familyId);

    /**
     * @param page which families
     * @return the families of the offices the caller reads, by their head's name
     */
    List<FamilyView> list(@NotNull @Valid PageRequest page);

    /**
     * @param personIds persons, at most {@link PageRequest#MAX_LIMIT}
     * @return the size of the family of each of them who belongs to one; one query
     */
    Map<PersonId, Integer> familySizes(@NotNull @Size(max = PageRequest.MAX_LIMIT) Collection<PersonId> personIds);

    /**
     * Registers a child born to a family: a new person under supervision from the day of birth, with the
     * head's nationality and UNHCR case number, in the family, counted as a birth in the month's figures.
     *
     * @param familyId a family of the caller's office
     * @param birth the child
     * @return the child as registered
     * @throws org.suaka.platform.api.RecordNotFoundException when the caller's office has no such family
     * @throws org.suaka.platform.api.InvalidFieldException ({@code relationship}) when the child would be the head
     */
    PersonView registerBirth(@NotNull UUID familyId, @NotNull @Valid RegisterBirth birth);
}
