package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A self-report as recorded.
 *
 * @param id its id
 * @param personId who reported
 * @param reportedOn the day
 * @param officer the user who took it
 * @param remarks what was noted; may be null
 */
public record SelfReportView(UUID id, PersonId personId, LocalDate reportedOn, String officer, String remarks) {
}
