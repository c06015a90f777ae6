package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A CDI event the registry fires inside the transaction that merges a duplicate record into another, so
 * that other modules move what they keep under the merged id (the shelter its placements) without the
 * registry calling them. Ids they keep unchanged still resolve: {@link PersonService#find} answers the
 * survivor for a merged id.
 *
 * @param survivor the record that stands for the person
 * @param merged the duplicate, which now points at the survivor
 * @param on the day of the merge
 */
public record PersonsMerged(PersonId survivor, PersonId merged, LocalDate on) {

    public PersonsMerged {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(on, "on");
    }
}
