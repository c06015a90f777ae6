package org.suaka.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * Someone present at a visit or meeting, from either side.
 *
 * @param name the attendee's name, e.g. {@code Ma'mum}
 * @param position their position, e.g. {@code Kepala Rumah Detensi Imigrasi Kupang}
 * @param affiliation the organisation they came for, e.g. {@code IOM Kupang}
 */
public record Attendee(
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String name,
        @Size(max = 200) String position,
        @Size(max = 150) String affiliation) {
}
