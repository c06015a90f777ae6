package org.suaka.web.ui;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.VisitView;

/**
 * One partner organisation with its contacts and the minutes of its visits.
 */
@Named("partnerDetail")
@RequestScoped
public class PartnerDetailView {

    @Inject
    PartnerService partners;

    private String id;
    private OrganisationView organisation;
    private List<VisitView> visits = List.of();

    /** Loads the organisation named by the {@code id} view parameter. */
    public void load() {
        organisation = OrganisationId.parse(id).flatMap(partners::findOrganisation).orElse(null);
        if (organisation == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        visits = partners.visits(organisation.id());
    }

    /** @return the id from the URL */
    public String getId() {
        return id;
    }

    /** @param id the id from the URL */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the organisation, or null when the id names none */
    public OrganisationView getOrganisation() {
        return organisation;
    }

    /** @return its visits, latest first */
    public List<VisitView> getVisits() {
        return visits;
    }
}
