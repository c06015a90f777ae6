package org.suaka.shelter.api;

import java.time.LocalDate;

import org.suaka.platform.api.PageRequest;

/**
 * A filter over incidents.
 *
 * @param shelterId only this shelter's; null for all
 * @param type only this type; null for all
 * @param openOnly only the incidents not closed yet
 * @param from only those on or after this day; null for no bound
 * @param to only those on or before this day; null for no bound
 * @param page which slice, latest first
 */
public record IncidentQuery(ShelterId shelterId, IncidentType type, boolean openOnly, LocalDate from, LocalDate to,
        PageRequest page) {

    public IncidentQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
