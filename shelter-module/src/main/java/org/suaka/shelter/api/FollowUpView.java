package org.suaka.shelter.api;

import java.time.LocalDateTime;

/**
 * A follow-up of an incident.
 *
 * @param at when it was recorded (office time)
 * @param note what was done or learnt
 * @param recordedBy who recorded it
 * @param closed whether it closed the incident
 */
public record FollowUpView(LocalDateTime at, String note, String recordedBy, boolean closed) {
}
