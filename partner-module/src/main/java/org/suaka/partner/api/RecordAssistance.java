package org.suaka.partner.api;

import java.time.YearMonth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.suaka.registry.api.PersonId;

/**
 * Records assistance a partner gave for a month, to a person or to the family they head.
 *
 * @param personId the recipient, registered in the caller's office; for a family, any of its members
 * @param organisationId the partner that gave it, active
 * @param kind what was given
 * @param month the month it was given for, not after the current month
 * @param amount the amount in rupiah; required for cash, optional (its value) otherwise
 * @param forFamily true when it covers the person's whole family; null or false for the person alone
 * @param note a remark, e.g. the payment reference; optional
 */
public record RecordAssistance(@NotNull PersonId personId, @NotNull OrganisationId organisationId, @NotNull AssistanceKind kind,
        @NotNull YearMonth month, @Positive @Max(1_000_000_000L) Long amount, Boolean forFamily, @Size(max = 500) String note) {

    /** @return whether the assistance covers the recipient's whole family */
    public boolean coversFamily() {
        return Boolean.TRUE.equals(forFamily);
    }
}
