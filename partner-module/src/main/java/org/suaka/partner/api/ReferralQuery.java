package org.suaka.partner.api;

import java.time.LocalDate;

import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;

/**
 * A filter over referrals. Partner staff see their own organisation's whatever the filter says.
 *
 * @param organisationId only this partner's; null for all
 * @param personId only this person's; null for all
 * @param status only in this status; null for all
 * @param from only those requested on or after this day; null for no bound
 * @param to only those requested on or before this day; null for no bound
 * @param page which slice, latest first
 */
public record ReferralQuery(OrganisationId organisationId, PersonId personId, ReferralStatus status, LocalDate from,
        LocalDate to, PageRequest page) {

    public ReferralQuery {
        page = page == null ? PageRequest.first() : page;
    }
}
