package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;

/**
 * An identity document a person holds.
 *
 * @param type its kind
 * @param number its number as printed: letters, digits, spaces, dots, slashes and hyphens
 * @param issuer who issued it, e.g. "Republic of Afghanistan" or "UNHCR Jakarta"; optional
 * @param issuedOn the day of issue; optional, not after today
 * @param expiresOn the last day of validity; optional, not before the day of issue
 */
public record RecordDocument(
        @NotNull DocumentType type,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "{org.suaka.document.number}") String number,
        @Size(max = 100) String issuer,
        @PlausibleDate LocalDate issuedOn,
        LocalDate expiresOn) {
}
