package org.suaka.shelter.api;

import jakarta.validation.constraints.NotNull;

import org.suaka.registry.api.PersonId;

/**
 * One person's mark in a presence check.
 *
 * @param personId the person
 * @param mark what the officer found
 */
public record MarkPerson(@NotNull PersonId personId, @NotNull Mark mark) {
}
