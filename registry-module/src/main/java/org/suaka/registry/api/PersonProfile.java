package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;
import org.suaka.platform.audit.PersonalData;

/**
 * What the registry knows of a person beyond their registration: other spellings of their name, how
 * sure their date of birth is, where they come from, how to reach them, how they were found, and the
 * reference of their fingerprints (never the fingerprints themselves).
 *
 * @param aliases other spellings of the name, as written elsewhere; searched and checked for duplicates
 *     like the name itself; at most 10
 * @param dateOfBirthEstimated whether the date of birth is an estimate (often only the year is known)
 * @param placeOfBirth e.g. "Jaghori, Ghazni"
 * @param ethnicity e.g. "Hazara"
 * @param religion e.g. "Islam"
 * @param languages the languages spoken, by name or ISO 639 code, e.g. "Dari", "Pashto"; at most 10
 * @param maritalStatus the declared marital status, or null
 * @param phone a phone number: digits, spaces, hyphens and a leading +
 * @param arrivedOn the day the person was found or handed over
 * @param foundAt where, e.g. "Pantai Lasiana, Kupang"
 * @param foundBy who found or handed them over, e.g. "Polresta Kupang Kota"
 * @param fingerprintDevice the device that took the fingerprints
 * @param fingerprintReference the reference of the capture in that device's system
 * @param fingerprintTakenOn the day they were taken
 */
public record PersonProfile(
        @NotNull @Size(max = 10) @PersonalData List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = Names.PERSON,
                message = "{org.suaka.name.person}") String> aliases,
        boolean dateOfBirthEstimated,
        @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String placeOfBirth,
        @Size(max = 50) String ethnicity,
        @Size(max = 50) String religion,
        @NotNull @Size(max = 10) List<@NotNull @Size(min = 1, max = 40) String> languages,
        MaritalStatus maritalStatus,
        @Size(max = 20) @Pattern(regexp = "\\+?[0-9][0-9 -]*", message = "{org.suaka.phone}") @PersonalData String phone,
        @PlausibleDate LocalDate arrivedOn,
        @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String foundAt,
        @Size(max = 100) String foundBy,
        @Size(max = 50) String fingerprintDevice,
        @Size(max = 50) @PersonalData String fingerprintReference,
        @PlausibleDate LocalDate fingerprintTakenOn) {

    public PersonProfile {
        aliases = aliases == null ? null : List.copyOf(aliases);
        languages = languages == null ? null : List.copyOf(languages);
    }

    /** @return a profile that records nothing yet */
    public static PersonProfile empty() {
        return new PersonProfile(List.of(), false, null, null, null, List.of(), null, null, null, null, null, null, null,
                null);
    }
}
