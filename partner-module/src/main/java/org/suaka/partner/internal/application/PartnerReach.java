package org.suaka.partner.internal.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * What a caller reaches of records that belong to a partner organisation: office staff reach every partner's,
 * a user of the partner role only their own organisation's, and nothing while linked to none. The one rule of
 * the referral, assistance and portal services.
 */
final class PartnerReach {

    private final Caller caller;
    private final PartnerRepository partners;

    /**
     * @param caller who asks
     * @param partners where partner users are linked to their organisations
     */
    PartnerReach(Caller caller, PartnerRepository partners) {
        this.caller = caller;
        this.partners = partners;
    }

    /** @return the organisation the caller works for, when they are a partner user linked to one */
    Optional<OrganisationId> ownOrganisation() {
        return caller.name().flatMap(partners::organisationOfUser);
    }

    /**
     * @param found a record, possibly absent
     * @param organisationOf the partner the record belongs to
     * @param <T> the record's type
     * @return the record, when the caller reaches it
     */
    <T> Optional<T> filter(Optional<T> found, Function<T, OrganisationId> organisationOf) {
        if (!caller.isInRole(Roles.PARTNER)) {
            return found;
        }
        Optional<OrganisationId> own = ownOrganisation();
        return found.filter(record -> own.isPresent() && own.get().equals(organisationOf.apply(record)));
    }

    /**
     * @param page the page asked for
     * @param query the list, given the one organisation to narrow it to or null for every one
     * @param <T> the records' type
     * @return the page the caller reaches
     */
    <T> ResultPage<T> list(PageRequest page, Function<OrganisationId, ResultPage<T>> query) {
        if (!caller.isInRole(Roles.PARTNER)) {
            return query.apply(null);
        }
        return ownOrganisation().map(query).orElseGet(() -> new ResultPage<>(List.of(), page.offset(), 0));
    }
}
