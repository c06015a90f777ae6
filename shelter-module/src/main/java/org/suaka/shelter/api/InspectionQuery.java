package org.suaka.shelter.api;

import org.suaka.platform.api.PageRequest;

/**
 * A filter over inspections.
 *
 * @param shelterId only this shelter's; null for all
 * @param openOnly only the inspections whose follow-up is not closed yet
 * @param page which slice, latest first
 */
public record InspectionQuery(ShelterId shelterId, boolean openOnly, PageRequest page) {

    public InspectionQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
