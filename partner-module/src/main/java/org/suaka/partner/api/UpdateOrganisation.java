package org.suaka.partner.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A correction of a partner organisation (HTTP PATCH): a field left null keeps its value; an empty city
 * clears it; a contact list replaces the contacts as a whole.
 *
 * @param name the corrected name, still unique
 * @param type the corrected kind of organisation
 * @param city the corrected city, or empty to clear it
 * @param contacts the contacts as they are now, in order
 * @param version the version of the organisation the caller read
 */
public record UpdateOrganisation(
        @Size(min = 1, max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        OrganisationType type,
        @Size(max = 100) @Pattern(regexp = "|" + Names.PLACE, message = "{org.suaka.name.place}") String city,
        @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        @NotNull @PositiveOrZero Long version) {
}
