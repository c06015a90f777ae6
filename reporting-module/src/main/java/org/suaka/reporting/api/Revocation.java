package org.suaka.reporting.api;

import java.time.LocalDateTime;

/**
 * An issued document withdrawn by its office: verification says so from then on.
 *
 * @param revokedAt when, in UTC
 * @param revokedBy by whom
 * @param reason why, as the supervisor wrote it
 */
public record Revocation(LocalDateTime revokedAt, String revokedBy, String reason) {
}
