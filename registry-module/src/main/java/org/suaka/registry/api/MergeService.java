package org.suaka.registry.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Merges two records of the same person. The survivor takes on the duplicate's self-reports, documents,
 * cards, UNHCR decisions, consents, specific needs, its names as other spellings, its photo and family
 * when it has none, and the earlier first day of supervision. The duplicate stays, with its own status
 * history, pointing at the survivor: its id keeps leading to the person everywhere.
 */
public interface MergeService {

    /**
     * @param survivor the record that stands for the person, of the caller's office and under supervision
     * @param command the duplicate, of the same office and under supervision, and why
     * @return the survivor after the merge
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.InvalidFieldException ({@code duplicate}) when both ids lead to the same record
     * @throws org.suaka.platform.api.BusinessRuleException when either record's supervision ended, it was merged
     *     already, the two belong to different offices, or the duplicate heads a family with other members
     *     while the survivor belongs to a family
     */
    PersonView merge(@NotNull PersonId survivor, @NotNull @Valid MergePersons command);

    /**
     * @param personId a person the caller may read
     * @return the records merged into the person's, latest first
     */
    List<MergedRecordView> mergedInto(@NotNull PersonId personId);
}
