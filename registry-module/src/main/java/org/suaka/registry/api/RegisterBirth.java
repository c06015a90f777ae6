package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;

/**
 * A child born to a family under supervision ({@link FamilyService#registerBirth}). The child takes the
 * head's nationality and UNHCR case number and is under supervision from the day of birth.
 *
 * @param givenName the child's given name
 * @param familyName the child's family name; optional
 * @param sex the child's sex
 * @param dateOfBirth the day of birth, not after today
 * @param placeOfBirth where the child was born, e.g. "RSUD Prof. Dr. W. Z. Johannes, Kupang"
 * @param relationship the child's relationship to the head of the family; {@link Relationship#CHILD} when empty
 */
public record RegisterBirth(
        @NotBlank @Size(max = 100) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String givenName,
        @Size(max = 100) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String familyName,
        @NotNull Sex sex,
        @NotNull @PlausibleDate LocalDate dateOfBirth,
        @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String placeOfBirth,
        Relationship relationship) {
}
