package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.suaka.platform.office.OfficeId;

/**
 * Hands a person, and with them their family if asked, over to another office's supervision.
 *
 * @param to the receiving office
 * @param on the day of the transfer: the sending office's supervision ends, the receiving office's begins
 * @param withFamily whether the persons of the same UNHCR case under the sending office go too
 * @param version the person's version, as read
 */
public record TransferPerson(
        @NotNull OfficeId to,
        @NotNull @PastOrPresent LocalDate on,
        boolean withFamily,
        long version) {
}
