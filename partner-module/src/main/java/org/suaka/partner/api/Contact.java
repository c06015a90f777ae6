package org.suaka.partner.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A person the office deals with at a partner organisation.
 *
 * @param name the contact's name, e.g. {@code Herman Rabu}
 * @param position their position, e.g. {@code Plt. Kepala}
 * @param email an e-mail address, optional
 * @param phone a telephone number, optional
 * @param activeFrom the first day they are the office's contact, or null when not known
 * @param activeUntil their last day as the office's contact (moved on, replaced), or null while they are
 */
public record Contact(
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String name,
        @Size(max = 150) String position,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
        LocalDate activeFrom,
        LocalDate activeUntil) {

    /**
     * @param on a day
     * @return whether they are the office's contact on that day
     */
    public boolean isActiveOn(LocalDate on) {
        return (activeFrom == null || !activeFrom.isAfter(on)) && (activeUntil == null || !activeUntil.isBefore(on));
    }
}
