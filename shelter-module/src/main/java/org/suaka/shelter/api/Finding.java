package org.suaka.shelter.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an inspection found of one facility.
 *
 * @param facility the facility looked at
 * @param condition what it was found to be
 * @param note what the inspector saw, e.g. "air keran keruh di lantai 2"; may be null
 */
public record Finding(@NotNull Facility facility, @NotNull FacilityCondition condition, @Size(max = 1000) String note) {
}
