package org.suaka.office.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.office.OfficeId;

/**
 * The facts of a new office, or all the facts of an office being corrected.
 *
 * @param parent the office above it: the top office for a Rudenim; null only for the top office itself
 * @param code a short code of 2 to 10 capital letters or digits, unique, e.g. {@code JKT}
 * @param name e.g. {@code Rumah Detensi Imigrasi Jakarta}
 * @param address the street address, or null
 * @param city the city named on its documents
 * @param timeZone the IANA time zone of its days, e.g. {@code Asia/Jakarta}
 * @param letterhead one to four lines above the office's name on its documents
 * @param signatory who signs its documents
 * @param documentNumberPattern the pattern of its document numbers, with a {@code {seq}} placeholder
 * @param established the day the office was established
 * @param version the version read, when correcting; ignored for a new office
 */
public record SaveOffice(
        OfficeId parent,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits") String code,
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @Size(max = 300) String address,
        @NotBlank @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String city,
        @NotBlank @Size(max = 60) String timeZone,
        @NotNull @Size(min = 1, max = 4)
        List<@NotBlank @Size(max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String> letterhead,
        @NotNull @Valid Signatory signatory,
        @NotBlank @Size(max = 100) @Pattern(regexp = ".*\\{seq[0-9]?}.*", message = "must hold {seq} or {seq4}")
        String documentNumberPattern,
        @NotNull @PastOrPresent LocalDate established,
        Long version) {
}
