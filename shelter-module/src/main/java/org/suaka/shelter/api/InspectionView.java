package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inspection of a shelter with its findings and follow-up.
 *
 * @param id the inspection's id
 * @param shelterId the shelter inspected
 * @param shelterName its name
 * @param inspectedOn the day
 * @param inspector who inspected
 * @param findings one per facility looked at, in the order of {@link Facility}
 * @param followUp what must be done, or null when nothing is
 * @param followUpDue by when, or null
 * @param recordedBy who recorded it
 * @param closedOn the day the follow-up was closed (the inspection's day when nothing was needed), or null
 * @param closingNote what was done, or null
 * @param closedBy who closed it, or null
 * @param version the version to send when closing
 */
public record InspectionView(UUID id, ShelterId shelterId, String shelterName, LocalDate inspectedOn, String inspector,
        List<Finding> findings, String followUp, LocalDate followUpDue, String recordedBy, LocalDate closedOn,
        String closingNote, String closedBy, long version) {

    /** @return the number of findings below standard */
    public long shortcomings() {
        return findings.stream().filter(f -> f.condition().needsFollowUp()).count();
    }
}
