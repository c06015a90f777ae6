package org.suaka.office.api;

import org.suaka.platform.api.Names;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who signs an office's documents.
 *
 * @param title the position, e.g. {@code Kepala Rumah Detensi Imigrasi Kupang}
 * @param name the person's name, e.g. {@code Ma'mum}
 * @param nip the civil-service number (NIP), or null
 */
public record Signatory(
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String title,
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String name,
        @Size(max = 30) String nip) {
}
