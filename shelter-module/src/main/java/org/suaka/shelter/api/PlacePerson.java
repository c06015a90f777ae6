package org.suaka.shelter.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.PlausibleDate;
import org.suaka.registry.api.PersonId;

/**
 * Houses a registered person in a shelter from a given day.
 *
 * @param personId the registered person
 * @param shelterId the shelter
 * @param from the first night in the shelter
 */
public record PlacePerson(@NotNull PersonId personId, @NotNull ShelterId shelterId, @NotNull @PlausibleDate LocalDate from) {
}
