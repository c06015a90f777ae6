package org.suaka.partner.api;

import java.time.YearMonth;

import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;

/**
 * A filter over assistance records. Partner staff see their own organisation's whatever the filter says.
 *
 * @param organisationId only this partner's; null for all
 * @param personId only this recipient's; null for all
 * @param from only from this month on; null for no bound
 * @param to only up to this month; null for no bound
 * @param page which slice, latest month first
 */
public record AssistanceQuery(OrganisationId organisationId, PersonId personId, YearMonth from, YearMonth to, PageRequest page) {

    public AssistanceQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
