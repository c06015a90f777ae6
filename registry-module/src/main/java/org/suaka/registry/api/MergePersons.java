package org.suaka.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Merges a duplicate record into the one it names ({@link MergeService#merge}).
 *
 * @param duplicate the record found to be the same person, which points at the survivor from now on
 * @param note why the two are the same person, e.g. "same UNHCR case, photo compared"
 */
public record MergePersons(@NotNull PersonId duplicate, @Size(max = 500) String note) {
}
