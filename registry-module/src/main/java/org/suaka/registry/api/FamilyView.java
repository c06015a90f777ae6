package org.suaka.registry.api;

import java.util.List;
import java.util.UUID;

/**
 * A family group: a head and the members living with them.
 *
 * @param id the family's id
 * @param members its members, the head first
 */
public record FamilyView(UUID id, List<FamilyMemberView> members) {

    public FamilyView {
        members = List.copyOf(members);
    }

    /** @return how many persons the family counts */
    public int size() {
        return members.size();
    }

    /** @return the head of the family */
    public FamilyMemberView head() {
        return members.stream().filter(m -> m.relationship() == Relationship.HEAD).findFirst().orElseThrow();
    }
}
