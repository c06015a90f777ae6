package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a person's supervision figures are made of, as stored: their facts, their stays with offices, and
 * the dated changes of their statuses in the order they were recorded.
 *
 * @param nationality the ISO 3166-1 alpha-3 code
 * @param sex the {@code Sex} name
 * @param dateOfBirth the date of birth, or null when unknown
 * @param stays the stays with offices
 * @param statuses the supervision status changes, by day and then as recorded
 * @param unhcrStatuses the UNHCR decisions, by day and then as recorded
 * @param needs the specific needs recorded now
 */
public record PersonHistory(String nationality, String sex, LocalDate dateOfBirth, List<Stay> stays,
        List<Dated> statuses, List<Dated> unhcrStatuses, Set<String> needs) {

    /**
     * @param office the office id
     * @param from the first day
     * @param until the day it ended, or null
     */
    public record Stay(String office, LocalDate from, LocalDate until) {
    }

    /**
     * @param value the status name
     * @param on the day it took effect
     */
    public record Dated(String value, LocalDate on) {
    }
}
