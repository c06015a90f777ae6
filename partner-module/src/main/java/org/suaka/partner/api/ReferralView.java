package org.suaka.partner.api;

import java.time.LocalDate;
import java.util.UUID;

import org.suaka.registry.api.PersonId;

/**
 * A referral of a person to a partner, with its answer and outcome.
 *
 * @param id the referral's id
 * @param personId the person referred
 * @param organisationId the partner
 * @param organisationName its name
 * @param service what for
 * @param status where it stands
 * @param requestedOn the day of the referral
 * @param reason why
 * @param requestedBy who referred
 * @param answeredOn the day the partner accepted or rejected it, or the office cancelled it; null before
 * @param answeredBy who did
 * @param answerNote what they said, or null
 * @param completedOn the day the service was given, or null
 * @param outcome what came of it, or null
 * @param version the version to send with an answer
 */
public record ReferralView(UUID id, PersonId personId, OrganisationId organisationId, String organisationName,
        ServiceKind service, ReferralStatus status, LocalDate requestedOn, String reason, String requestedBy,
        LocalDate answeredOn, String answeredBy, String answerNote, LocalDate completedOn, String outcome, long version) {
}
