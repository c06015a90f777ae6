package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An inspection of a shelter's facilities, as the inspector reports it.
 *
 * @param shelterId the shelter inspected, open on the day
 * @param inspectedOn the day of the inspection, not in the future
 * @param inspector who inspected, e.g. "Yohanes Ndun (Seksi Keamanan dan Ketertiban)"
 * @param findings one finding per facility looked at, each facility at most once
 * @param followUp what must be done; required when a finding is below standard
 * @param followUpDue by when; not before the inspection; may be null
 */
public record RecordInspection(@NotNull ShelterId shelterId, @NotNull LocalDate inspectedOn,
        @NotBlank @Size(max = 200) String inspector, @NotEmpty @Size(max = 20) List<@NotNull @Valid Finding> findings,
        @Size(max = 2000) String followUp, LocalDate followUpDue) {

    public RecordInspection {
        findings = findings == null ? null : List.copyOf(findings);
    }
}
