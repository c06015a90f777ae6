package org.suaka.shelter.api;

import org.suaka.registry.api.PersonId;

/**
 * One expected person on a presence sheet.
 *
 * @param personId the person
 * @param unitName the room they are placed in, or null
 * @param mark the mark saved, or the one suggested before the check is taken (permitted leave from an
 *     approved permit, hospital from the registry's status, present otherwise)
 * @param permitId the approved exit permit covering the day, or null
 * @param permitOverdue whether that permit's person is late back
 * @param flagged whether the person is absent without a permit
 * @param absentStreak how many checks in a row, up to this one, found the person absent without a permit
 */
public record PresenceLine(PersonId personId, String unitName, Mark mark, PermitId permitId, boolean permitOverdue,
        boolean flagged, int absentStreak) {
}
