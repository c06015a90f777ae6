package org.suaka.registry.api;

import org.suaka.platform.audit.PersonalData;

/**
 * A member of a family group.
 *
 * @param personId the member
 * @param name the member's name as printed on reports
 * @param relationship the relationship to the head
 */
public record FamilyMemberView(PersonId personId, @PersonalData String name, Relationship relationship) {
}
