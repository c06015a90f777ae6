package org.suaka.registry.api;

import java.time.LocalDate;

import org.suaka.platform.office.OfficeId;

/**
 * A person was handed over from one office to another. The shelter module ends the person's placement at
 * the sending office on that day.
 *
 * @param person the person
 * @param from the sending office
 * @param to the receiving office
 * @param on the day of the transfer
 */
public record PersonTransferred(PersonId person, OfficeId from, OfficeId to, LocalDate on) {
}
