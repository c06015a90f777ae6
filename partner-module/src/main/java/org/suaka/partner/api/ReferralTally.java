package org.suaka.partner.api;

/**
 * How many referrals requested in a period went to one partner for one service and stand in one status.
 *
 * @param organisationName the partner's name
 * @param service the service
 * @param status where they stand now
 * @param count how many
 */
public record ReferralTally(String organisationName, ServiceKind service, ReferralStatus status, long count) {
}
