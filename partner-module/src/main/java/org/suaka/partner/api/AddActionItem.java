package org.suaka.partner.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An action item agreed at a visit or meeting.
 *
 * @param description what is to be done, e.g. "IOM mengirim data kebutuhan sekolah anak"
 * @param owner who does it, e.g. "IOM Kupang (Stefani Mutarti)"
 * @param dueOn by when; not before the meeting
 */
public record AddActionItem(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn) {
}
