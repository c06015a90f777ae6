package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;

/**
 * A presence check (roll call) of a shelter on a day, saved as one submission: a mark for every person
 * expected there that day.
 *
 * @param shelterId the shelter
 * @param day the day checked, not after today
 * @param marks one mark per expected person
 * @param version the version of the check read, when it was taken before that day; empty for the first
 *     submission. A second officer who checked at the same time gets 409 and sees the first one's marks.
 */
public record SubmitPresence(@NotNull ShelterId shelterId, @NotNull @PlausibleDate LocalDate day,
        @NotNull @Size(max = 2_000) List<@NotNull @Valid MarkPerson> marks, @PositiveOrZero Long version) {
}
