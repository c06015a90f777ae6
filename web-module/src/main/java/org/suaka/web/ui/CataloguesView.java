package org.suaka.web.ui;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.reporting.api.ReportInfo;
import org.suaka.reporting.api.ReportService;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The short lists of the interface: shelters, partner organisations and installed reports.
 */
@Named("catalogues")
@RequestScoped
public class CataloguesView {

    @Inject
    ShelterService shelters;

    @Inject
    PartnerService partners;

    @Inject
    ReportService reports;

    @Inject
    LanguageView language;

    /** @return every shelter by name */
    public List<ShelterView> getShelters() {
        return shelters.list();
    }

    /** @return every partner organisation by name */
    public List<OrganisationView> getPartners() {
        return partners.organisations();
    }

    /** @return the installed reports with their template versions */
    public List<ReportInfo> getReports() {
        return reports.catalogue(language.getLocale());
    }
}
