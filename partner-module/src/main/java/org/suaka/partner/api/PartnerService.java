package org.suaka.partner.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Records partner organisations and the visits held with them.
 */
public interface PartnerService {

    /**
     * @param command the organisation and its contacts, validated
     * @return the recorded organisation
     * @throws org.suaka.platform.api.BusinessRuleException when an organisation of that name exists
     */
    OrganisationView register(@NotNull @Valid RegisterOrganisation command);

    /**
     * @param id the organisation's id
     * @return the organisation, or empty
     */
    Optional<OrganisationView> findOrganisation(@NotNull OrganisationId id);

    /**
     * @param id the organisation's id
     * @return the organisation
     * @throws OrganisationNotFoundException when there is none with that id
     */
    default OrganisationView getOrganisation(@NotNull OrganisationId id) {
        return findOrganisation(id).orElseThrow(() -> new OrganisationNotFoundException(id));
    }

    /** @return every organisation, by name */
    List<OrganisationView> organisations();

    /**
     * @param command the visit, validated
     * @return the recorded visit
     * @throws org.suaka.platform.api.InvalidFieldException when the organisation or a person does not exist
     */
    VisitView recordVisit(@NotNull @Valid RecordVisit command);

    /**
     * @param organisationId a partner organisation
     * @return its visits, latest first
     */
    List<VisitView> visits(@NotNull OrganisationId organisationId);

    /**
     * @param id the visit's id
     * @return the visit, or empty
     */
    Optional<VisitView> findVisit(@NotNull VisitId id);

    /**
     * @param id the visit's id
     * @return the visit
     * @throws VisitNotFoundException when there is none with that id
     */
    default VisitView getVisit(@NotNull VisitId id) {
        return findVisit(id).orElseThrow(() -> new VisitNotFoundException(id));
    }
}
