package org.suaka.registry.api;

import java.time.LocalDate;

import org.suaka.platform.api.PlausibleDate;

/**
 * A card to issue.
 *
 * @param issuedOn the day of issue; today when empty
 * @param validUntil the last day of validity; when empty, the configured validity from the day of issue
 *     ({@code suaka.card.validity-months}, 12 by default)
 */
public record IssueCard(@PlausibleDate LocalDate issuedOn, LocalDate validUntil) {
}
