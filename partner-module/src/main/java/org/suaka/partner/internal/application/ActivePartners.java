package org.suaka.partner.internal.application;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.office.OfficeId;

/** The one check before anything new is given to a partner: it is a partner of the office, and still active. */
final class ActivePartners {

    private ActivePartners() {
    }

    /**
     * @param partners where organisations are kept
     * @param id the partner named by a command
     * @param office the office writing
     * @return the partner
     * @throws InvalidFieldException ({@code organisationId}) when the office has no such partner
     * @throws BusinessRuleException ({@code organisation-inactive}) when it is no longer active
     */
    static Organisation of(PartnerRepository partners, OrganisationId id, OfficeId office) {
        Organisation organisation = partners.find(id).filter(o -> o.office().equals(office))
                .orElseThrow(() -> new InvalidFieldException("organisationId", "No partner has id " + id));
        if (!organisation.isActive()) {
            throw new BusinessRuleException("organisation-inactive", organisation.name() + " is no longer a partner of the office");
        }
        return organisation;
    }
}
