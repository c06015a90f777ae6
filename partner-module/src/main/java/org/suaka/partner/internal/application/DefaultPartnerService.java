package org.suaka.partner.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationNotFoundException;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.UpdateOrganisation;
import org.suaka.partner.api.UpdateVisit;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitNotFoundException;
import org.suaka.partner.api.VisitView;
import org.suaka.partner.internal.domain.DataGrant;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.domain.Visit;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;

/**
 * Records organisations and visits. Persons named in a visit are checked through the registry's api.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultPartnerService implements PartnerService {

    private PartnerRepository partners;
    private PersonService persons;
    private AuditedChanges changes;
    private OfficeScope offices;

    public DefaultPartnerService() {
        // for CDI
    }

    /**
     * @param partners where organisations and visits are stored
     * @param persons the registry, to check persons discussed at a visit
     * @param changes where a correction leaves the record as it was, for the audit trail
     * @param offices the offices the caller reads and writes for
     */
    @Inject
    public DefaultPartnerService(PartnerRepository partners, PersonService persons, AuditedChanges changes,
            OfficeScope offices) {
        this.partners = partners;
        this.offices = offices;
        this.persons = persons;
        this.changes = changes;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public OrganisationView register(RegisterOrganisation command) {
        OfficeId office = offices.writable();
        if (partners.existsWithName(command.name(), office)) {
            throw new BusinessRuleException("organisation-name-taken",
                    "An organisation named " + command.name().strip() + " is already recorded");
        }
        OrganisationId id = OrganisationId.random();
        requireParent(id, command.parentId(), office);
        Organisation organisation = new Organisation(id, command, office);
        partners.add(organisation);
        return organisation.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public OrganisationView updateOrganisation(OrganisationId id, UpdateOrganisation command) {
        OfficeId office = offices.writable();
        Organisation organisation = partners.findForUpdate(id).filter(o -> o.office().equals(office))
                .orElseThrow(() -> new OrganisationNotFoundException(id));
        changes.before(organisation.toView());
        if (command.name() != null && !command.name().strip().equalsIgnoreCase(organisation.name())
                && partners.existsWithName(command.name(), office)) {
            throw new BusinessRuleException("organisation-name-taken",
                    "An organisation named " + command.name().strip() + " is already recorded");
        }
        if (!command.clearsParent()) {
            requireParent(id, command.parentId(), office);
        }
        organisation.correct(command);
        partners.saveCorrection(organisation);
        return organisation.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<OrganisationView> findOrganisation(OrganisationId id) {
        return partners.find(id).map(Organisation::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrganisationView> organisations() {
        return partners.organisations().stream().map(Organisation::toView).toList();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public VisitView recordVisit(RecordVisit command) {
        OfficeId office = offices.writable();
        Organisation organisation = partners.find(command.organisationId()).filter(o -> o.office().equals(office))
                .orElseThrow(() ->
                new InvalidFieldException("organisationId", "No partner organisation has id " + command.organisationId()));
        requireRegistered(command.personIds());
        Visit visit = new Visit(VisitId.random(), organisation, command, others(command.otherOrganisationIds(), organisation, office));
        partners.add(visit);
        return visit.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public VisitView updateVisit(VisitId id, UpdateVisit command) {
        OfficeId office = offices.writable();
        Visit visit = partners.findForUpdate(id).filter(v -> v.office().equals(office))
                .orElseThrow(() -> new VisitNotFoundException(id));
        changes.before(visit.toView());
        if (command.personIds() != null) {
            requireRegistered(command.personIds());
        }
        visit.correct(command, command.otherOrganisationIds() == null ? null
                : others(command.otherOrganisationIds(), partners.find(visit.organisationId()).orElseThrow(), office));
        partners.saveCorrection(visit);
        return visit.toView();
    }

    /**
     * @throws InvalidFieldException ({@code otherOrganisationIds}) for an organisation not of the office, named
     *     twice, or the visit's own partner
     */
    private List<Organisation> others(List<OrganisationId> ids, Organisation main, OfficeId office) {
        if (ids.contains(main.id()) || ids.stream().distinct().count() < ids.size()) {
            throw new InvalidFieldException("otherOrganisationIds", "Name each other partner once, and not the visit's own");
        }
        List<Organisation> others = new ArrayList<>();
        for (OrganisationId id : ids) {
            others.add(partners.find(id).filter(o -> o.office().equals(office)).orElseThrow(() ->
                    new InvalidFieldException("otherOrganisationIds", "No partner organisation has id " + id)));
        }
        return others;
    }

    private void requireRegistered(List<PersonId> personIds) {
        for (PersonId personId : personIds) {
            if (!persons.exists(personId)) {
                throw new InvalidFieldException("personIds", "No registered person has id " + personId);
            }
        }
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<VisitView> visits(OrganisationId organisationId) {
        return partners.visitsOf(organisationId).stream().map(Visit::toView).toList();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<VisitView> visitsAbout(PersonId personId) {
        return partners.visitsAbout(personId).stream().map(Visit::toView).toList();
    }

    @RequiresRole(Roles.ADMIN)
    @Audited(write = true)
    @Override
    public void grant(OrganisationId organisationId, DataCategory category, LocalDate from, LocalDate until) {
        EnforcementData.requireNoneOf(Set.of(category));
        if (until != null && until.isBefore(from)) {
            throw new InvalidFieldException("until", "A grant cannot end before it begins");
        }
        partners.add(new DataGrant(organisation(organisationId), category, from, until));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<DataCategory> grantsOn(OrganisationId organisationId, LocalDate date) {
        return partners.grantsOn(organisationId, date);
    }

    @RequiresRole(Roles.ADMIN)
    @Audited(write = true)
    @Override
    public void linkUser(String userName, OrganisationId organisationId) {
        partners.link(userName.strip(), organisation(organisationId));
    }

    private Organisation organisation(OrganisationId id) {
        return partners.find(id).orElseThrow(() ->
                new InvalidFieldException("organisationId", "No partner organisation has id " + id));
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VisitView> findVisit(VisitId id) {
        return partners.find(id).map(Visit::toView);
    }

    /**
     * @throws InvalidFieldException ({@code parentId}) when the parent is not an organisation of the office, or
     *     is the organisation itself or one of its branches
     */
    private void requireParent(OrganisationId id, OrganisationId parentId, OfficeId office) {
        OrganisationId next = parentId;
        for (int depth = 0; next != null; depth++) {
            if (next.equals(id) || depth > 20) {
                throw new InvalidFieldException("parentId", "An organisation is not a branch of itself nor of its branches");
            }
            OrganisationId current = next;
            Organisation parent = partners.find(current).filter(o -> o.office().equals(office))
                    .orElseThrow(() -> new InvalidFieldException("parentId", "No partner has id " + current));
            next = parent.parent().orElse(null);
        }
    }
}
