package org.suaka.partner.api;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.access.DataCategory;
import org.suaka.platform.api.PlausibleDate;

/**
 * A cooperation agreement (MoU or PKS) between the office and a partner, with the personal data it lets the
 * partner's staff see while it is valid.
 *
 * @param organisationId the partner
 * @param number the agreement's number, e.g. {@code W20.IMI.IMI.3-UM.01.01-2024}
 * @param subject what it is about
 * @param signedOn the day it was signed
 * @param validFrom the first day it holds, from 1900 to 2100; may be after today
 * @param validTo the last day it holds, not before the first nor after 2100; null for no end
 * @param scope the categories of personal data it grants; never enforcement data
 */
public record RecordAgreement(@NotNull OrganisationId organisationId, @NotBlank @Size(max = 100) String number,
        @NotBlank @Size(max = 500) String subject, @NotNull @PlausibleDate LocalDate signedOn,
        @NotNull LocalDate validFrom, LocalDate validTo,
        @NotNull @Size(max = 10) Set<@NotNull DataCategory> scope) {

    public RecordAgreement {
        scope = scope == null ? null : Set.copyOf(scope);
    }
}
