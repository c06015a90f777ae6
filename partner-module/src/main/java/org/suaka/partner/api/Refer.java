package org.suaka.partner.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;
import org.suaka.registry.api.PersonId;

/**
 * Refers a registered person to a partner organisation for a service.
 *
 * @param personId the person, registered in the caller's office
 * @param organisationId the partner
 * @param service what for
 * @param requestedOn the day of the referral, not in the future
 * @param reason why, e.g. "keluhan nyeri dada berulang"
 */
public record Refer(@NotNull PersonId personId, @NotNull OrganisationId organisationId, @NotNull ServiceKind service,
        @NotNull @PlausibleDate LocalDate requestedOn, @NotBlank @Size(max = 2000) String reason) {
}
