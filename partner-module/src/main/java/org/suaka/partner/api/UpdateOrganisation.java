package org.suaka.partner.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A correction of a partner organisation (HTTP PATCH): a field left null keeps its value; an empty city or
 * address clears it; a contact list replaces the contacts as a whole.
 *
 * @param name the corrected name, still unique
 * @param type the corrected kind of organisation
 * @param city the corrected city, or empty to clear it
 * @param address the corrected street address, or empty to clear it
 * @param parentId the organisation it is now a branch of; null keeps the parent (use {@link #withoutParent} to clear it)
 * @param withoutParent {@code true} to make it a branch of nothing; null or {@code false} otherwise
 * @param status whether the office still works with it
 * @param contacts the contacts as they are now, in order
 * @param version the version of the organisation the caller read
 */
public record UpdateOrganisation(
        @Size(min = 1, max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        OrganisationType type,
        @Size(max = 100) @Pattern(regexp = "|" + Names.PLACE, message = "{org.suaka.name.place}") String city,
        @Size(max = 300) String address,
        OrganisationId parentId,
        Boolean withoutParent,
        OrganisationStatus status,
        @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        @NotNull @PositiveOrZero Long version) {

    /** @return whether the correction makes it a branch of nothing */
    public boolean clearsParent() {
        return Boolean.TRUE.equals(withoutParent);
    }
}
