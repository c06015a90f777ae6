package org.suaka.partner.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.access.DataCategory;
import org.suaka.registry.api.PersonId;

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
     * Corrects an organisation: its name, kind, city or contacts.
     *
     * @param id the organisation's id
     * @param command the fields to change and the version the caller saw
     * @return the corrected organisation
     * @throws OrganisationNotFoundException when there is none with that id
     * @throws org.suaka.platform.api.BusinessRuleException when another organisation has the new name
     * @throws org.suaka.platform.api.StaleVersionException when someone changed it since the caller read it
     */
    OrganisationView updateOrganisation(@NotNull OrganisationId id, @NotNull @Valid UpdateOrganisation command);

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
     * Corrects the record of a visit.
     *
     * @param id the visit's id
     * @param command the fields to change and the version the caller saw
     * @return the corrected visit
     * @throws VisitNotFoundException when there is none with that id
     * @throws org.suaka.platform.api.InvalidFieldException when a person named does not exist
     * @throws org.suaka.platform.api.StaleVersionException when someone changed it since the caller read it
     */
    VisitView updateVisit(@NotNull VisitId id, @NotNull @Valid UpdateVisit command);

    /**
     * @param organisationId a partner organisation
     * @return its visits, latest first
     */
    List<VisitView> visits(@NotNull OrganisationId organisationId);

    /**
     * @param personId a registered person
     * @return the visits at which the person's case was discussed, latest first
     */
    List<VisitView> visitsAbout(@NotNull PersonId personId);

    /**
     * Grants an organisation a category of personal data for a period. Enforcement data (incidents,
     * exit permits, enforcement notes) is never granted to a partner.
     *
     * @param organisationId the partner
     * @param category what it may see
     * @param from the first day of the grant
     * @param until the last day, or null for open-ended
     * @throws org.suaka.platform.api.BusinessRuleException for enforcement categories or an empty period
     */
    void grant(@NotNull OrganisationId organisationId, @NotNull DataCategory category, @NotNull LocalDate from,
            LocalDate until);

    /**
     * @param organisationId the partner
     * @param date a day
     * @return the categories granted to it on that day
     */
    Set<DataCategory> grantsOn(@NotNull OrganisationId organisationId, @NotNull LocalDate date);

    /**
     * Makes a user of the server's registry a member of a partner organisation, so that the user sees
     * what the organisation was granted.
     *
     * @param userName the user's name in the registry
     * @param organisationId the partner
     */
    void linkUser(@NotNull @Size(min = 1, max = 100) String userName, @NotNull OrganisationId organisationId);

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
