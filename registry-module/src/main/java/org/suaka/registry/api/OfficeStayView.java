package org.suaka.registry.api;

import java.time.LocalDate;

import org.suaka.platform.office.OfficeId;

/**
 * A time a person spent under one office's supervision.
 *
 * @param office the office
 * @param from the first day
 * @param until the day it ended, or null while it goes on
 * @param arrivedByTransfer whether another office handed the person over
 * @param leftByTransfer whether it ended by a transfer to another office
 */
public record OfficeStayView(OfficeId office, LocalDate from, LocalDate until, boolean arrivedByTransfer,
        boolean leftByTransfer) {
}
