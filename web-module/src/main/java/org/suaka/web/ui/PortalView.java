package org.suaka.web.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PortalService;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.access.DataCategory;

/** The partner portal's frame and visits: the partner user's organisation, what it is granted today, its visits. */
@Named("portal")
@RequestScoped
public class PortalView {

    @Inject
    PortalService portal;

    private Set<DataCategory> granted;
    private List<VisitView> visits;

    /** @return the name of the caller's organisation, or a note that they are linked to none */
    public String getOrganisationName() {
        return portal.organisation().map(OrganisationView::name).orElseGet(() -> Messages.text("portal.noOrganisation"));
    }

    /** @return the data categories the caller's organisation is granted today, in their declared order */
    public List<DataCategory> getGranted() {
        return List.copyOf(granted());
    }

    /**
     * @param category a data category's name, e.g. {@code IDENTITY}
     * @return whether the caller's organisation is granted it today
     */
    public boolean grants(String category) {
        return granted().contains(DataCategory.valueOf(category));
    }

    /** @return the visits and meetings of the caller's organisation, latest first */
    public List<VisitView> getVisits() {
        if (visits == null) {
            visits = portal.visits();
        }
        return visits;
    }

    private Set<DataCategory> granted() {
        if (granted == null) {
            granted = portal.grantedToday();
        }
        return granted;
    }
}
