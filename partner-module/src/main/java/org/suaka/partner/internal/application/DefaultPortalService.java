package org.suaka.partner.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PortalService;
import org.suaka.partner.api.VisitView;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.domain.Visit;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;

/** The partner portal's reads, each narrowed to the organisation the calling partner user is linked to. */
@Stateless
@DeclareRoles(Roles.PARTNER)
@Audited
@RequiresRole(Roles.PARTNER)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPortalService implements PortalService {

    private PartnerRepository partners;
    private Caller caller;
    private Clock clock;

    public DefaultPortalService() {
        // for CDI
    }

    /**
     * @param partners where organisations, partner users, grants and visits are kept
     * @param caller the partner user
     * @param clock the office's clock, for the grants of today
     */
    @Inject
    public DefaultPortalService(PartnerRepository partners, Caller caller, Clock clock) {
        this.partners = partners;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    public Optional<OrganisationView> organisation() {
        return own().flatMap(partners::find).map(Organisation::toView);
    }

    @Override
    public Set<DataCategory> grantedToday() {
        return own().map(id -> partners.grantsOn(id, LocalDate.now(clock))).orElseGet(() -> EnumSet.noneOf(DataCategory.class));
    }

    @Override
    public List<VisitView> visits() {
        return own().map(id -> partners.visitsOf(id).stream().map(Visit::toView).toList()).orElseGet(List::of);
    }

    private Optional<OrganisationId> own() {
        return new PartnerReach(caller, partners).ownOrganisation();
    }
}
