package org.suaka.shelter.api;

import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;

/**
 * A filter over exit permits.
 *
 * @param state only permits in this state; null for all
 * @param overdueOnly only the approved permits whose person is not back after the expected return
 * @param personId only one person's permits; null for all
 * @param page which slice, latest leave first (the overdue ones: the longest overdue first)
 */
public record PermitQuery(PermitState state, boolean overdueOnly, PersonId personId, PageRequest page) {

    public PermitQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
