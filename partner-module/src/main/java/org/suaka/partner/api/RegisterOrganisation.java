package org.suaka.partner.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A partner organisation to be recorded, with its contacts.
 *
 * @param name the organisation's name as it is used locally, e.g. {@code IOM Kupang}
 * @param type what kind of organisation it is
 * @param city where its office is
 * @param address its street address, e.g. {@code Jl. Jend. Sudirman No. 12, Kuanino}; may be null
 * @param parentId the organisation it is a branch of (IOM Indonesia for IOM Kupang), of the same office; may be null
 * @param contacts the persons the office deals with there; may be empty
 */
public record RegisterOrganisation(
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @NotNull OrganisationType type,
        @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String city,
        @Size(max = 300) String address,
        OrganisationId parentId,
        @Size(max = 50) List<@NotNull @Valid Contact> contacts) {

    public RegisterOrganisation {
        contacts = contacts == null ? List.of() : contacts;
    }
}
