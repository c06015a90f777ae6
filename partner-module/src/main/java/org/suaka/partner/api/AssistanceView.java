package org.suaka.partner.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.suaka.registry.api.PersonId;

/**
 * Assistance given by a partner for a month.
 *
 * @param id the record's id
 * @param personId the recipient
 * @param familyId the family it covers, or null when it covers the recipient alone
 * @param personsCovered how many persons it covers: 1, or the family's size on the day it was recorded
 * @param organisationId the partner
 * @param organisationName its name
 * @param kind what was given
 * @param month the month it was given for
 * @param amount the amount in rupiah, or null
 * @param note a remark, or null
 * @param recordedOn the day it was recorded
 * @param recordedBy who recorded it
 * @param status whether it counts
 * @param voidReason why it was voided, or null
 * @param version the version to send with a void
 */
public record AssistanceView(UUID id, PersonId personId, UUID familyId, int personsCovered, OrganisationId organisationId,
        String organisationName, AssistanceKind kind, YearMonth month, Long amount, String note, LocalDate recordedOn,
        String recordedBy, AssistanceStatus status, String voidReason, long version) {
}
