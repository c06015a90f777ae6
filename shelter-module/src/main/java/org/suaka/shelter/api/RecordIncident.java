package org.suaka.shelter.api;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.registry.api.PersonId;

/**
 * An incident in a shelter, as first reported.
 *
 * @param shelterId where it happened
 * @param type what happened
 * @param occurredAt when (office time), not in the future
 * @param severity how serious it is
 * @param description what happened, in the officer's words
 * @param actionsTaken what was done at once
 * @param personIds the registered persons involved; may be empty
 * @param policeInformed whether the police were told
 * @param partnerInformed whether a partner (IOM, UNHCR) was told
 */
public record RecordIncident(@NotNull ShelterId shelterId, @NotNull IncidentType type, @NotNull LocalDateTime occurredAt,
        @NotNull Severity severity, @NotBlank @Size(max = 4000) String description, @Size(max = 2000) String actionsTaken,
        @NotNull @Size(max = 50) List<@NotNull PersonId> personIds, boolean policeInformed, boolean partnerInformed) {

    public RecordIncident {
        personIds = personIds == null ? null : List.copyOf(personIds);
    }
}
