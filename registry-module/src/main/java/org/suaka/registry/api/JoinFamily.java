package org.suaka.registry.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Where a person belongs: a family group of the office with their relationship to its head, or a new
 * family of which they are the head. A person belongs to one family at most; joining another moves them.
 *
 * @param familyId the family to join; empty to start a new family headed by the person
 * @param relationship the relationship to the head; {@link Relationship#HEAD} to start a new family
 */
public record JoinFamily(UUID familyId, @NotNull Relationship relationship) {
}
