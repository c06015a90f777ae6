package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;

/**
 * A person's consent, as given: to what, when, in which language, and through which interpreter.
 *
 * @param topic what was consented to, e.g. {@code Berbagi data identitas dengan IOM}
 * @param givenOn the day consent was given, from 1900 and not after today in the office
 * @param language the language it was explained in, e.g. {@code fa} (Dari/Persian) or {@code ur}
 * @param interpreter the interpreter's name, or empty when none was needed
 */
public record RecordConsent(
        @NotBlank @Size(max = 300) String topic,
        @NotNull @PlausibleDate LocalDate givenOn,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{org.suaka.language.tag}") String language,
        @Size(max = 150) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String interpreter) {
}
