package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;

/**
 * A correction of a recorded consent (HTTP PATCH): a field left null keeps its value; an empty interpreter
 * clears it. It fixes what was recorded wrongly; a consent given again is recorded as a new one.
 *
 * @param topic the corrected topic
 * @param givenOn the corrected day, from 1900 and not after today in the office
 * @param language the corrected language tag
 * @param interpreter the corrected interpreter's name, or empty when none was needed
 * @param version the version of the consent the caller read
 */
public record UpdateConsent(
        @Size(max = 300) @Pattern(regexp = Names.SOME_TEXT, message = "{jakarta.validation.constraints.NotBlank.message}") String topic,
        @PlausibleDate LocalDate givenOn,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{org.suaka.language.tag}") String language,
        @Size(max = 150) @Pattern(regexp = "|" + Names.PERSON, message = "{org.suaka.name.person}") String interpreter,
        @NotNull @PositiveOrZero Long version) {
}
