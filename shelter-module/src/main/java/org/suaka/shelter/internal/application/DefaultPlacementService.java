package org.suaka.shelter.internal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.CorrectPlacement;
import org.suaka.shelter.api.EndPlacement;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.PlacementNotFoundException;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.TransferPlacement;
import org.suaka.shelter.internal.domain.Placement;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.domain.ShelterUnit;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Places persons in shelters. The person is checked through the registry's api (they must exist and be
 * under supervision from the first day of the placement); capacity is checked
 * with the shelter row locked, so that concurrent placements cannot overfill it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultPlacementService implements PlacementService {

    private PersonService persons;
    private ShelterRepository shelters;
    private PlacementRepository placements;
    private AccessScope scope;
    private AuditedChanges changes;
    private OfficeScope offices;
    private Caller caller;
    private Validator validator;

    public DefaultPlacementService() {
        // for CDI
    }

    /**
     * @param persons the registry, to check that the person exists
     * @param shelters where shelters are stored
     * @param placements where placements are stored
     * @param scope what the caller may see; who stays where is {@link DataCategory#SHELTER} data
     * @param changes where a change leaves the placement as it was, for the audit trail
     * @param offices the offices the caller reads and writes for
     * @param caller who calls: only a supervisor overrides a full shelter or unit
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultPlacementService(PersonService persons, ShelterRepository shelters,
            PlacementRepository placements, AccessScope scope, AuditedChanges changes, OfficeScope offices,
            Caller caller, Validator validator) {
        this.offices = offices;
        this.caller = caller;
        this.validator = validator;
        this.persons = persons;
        this.shelters = shelters;
        this.placements = placements;
        this.scope = scope;
        this.changes = changes;
    }

    private void requireShelterData() {
        if (!scope.allows(DataCategory.SHELTER)) {
            throw new AccessDeniedException("Your organisation is not granted shelter data");
        }
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PlacementView place(PlacePerson command) {
        Commands.valid(validator, command);
        PersonView person = persons.find(command.personId()).orElseThrow(() ->
                new InvalidFieldException("personId", "No registered person has id " + command.personId()));
        requireWithinSupervision(person, command.from(), person.supervisedUntil());
        OfficeId office = offices.writable();
        if (!office.equals(person.office())) {
            throw new InvalidFieldException("personId", "No registered person has id " + command.personId());
        }
        if (placements.hasOpenPlacementFrom(person.id(), command.from())) {
            throw new BusinessRuleException("person-already-placed",
                    "The person already has a placement open on or after " + command.from());
        }
        return open(person, command.shelterId(), command.unitId(), command.from(), command.overrideReason()).toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PlacementView transfer(PlacementId id, TransferPlacement command) {
        Commands.valid(validator, command);
        Placement current = changeable(id);
        if (current.endDate() != null) {
            throw new BusinessRuleException("placement-ended", "This placement ended on " + current.endDate());
        }
        PersonView person = persons.get(current.personId());
        requireWithinSupervision(person, command.on(), person.supervisedUntil());
        Placement.Occupancy before = current.occupancy();
        current.end(command.on(), command.version());
        placements.flush();
        placements.recount(current, before);
        return open(person, command.shelterId(), command.unitId(), command.on(), command.overrideReason()).toView();
    }

    /**
     * Opens a placement in a shelter (and unit) of the caller's office, within their capacity unless a
     * supervisor overrides it with a reason, which is kept.
     */
    private Placement open(PersonView person, ShelterId shelterId, UUID unitId, LocalDate from, String overrideReason) {
        OfficeId office = offices.writable();
        Shelter shelter = shelters.findForUpdate(shelterId).filter(s -> s.office().equals(office))
                .orElseThrow(() -> new InvalidFieldException("shelterId", "No shelter has id " + shelterId));
        shelter.requireOpenOn(from);
        ShelterUnit unit = unitId == null ? null : shelters.findUnitForUpdate(shelter, unitId)
                .orElseThrow(() -> new InvalidFieldException("unitId", shelter.name() + " has no unit with id " + unitId));
        boolean overridden = overrideReason != null && !overrideReason.isBlank();
        if (overridden && !caller.isInRole(Roles.SUPERVISOR)) {
            throw new AccessDeniedException("Only a supervisor may place a person in a full shelter or unit");
        }
        boolean shelterFull = placements.countOpenFrom(shelter, from) >= shelter.capacity();
        boolean unitFull = unit != null && placements.countOpenFrom(unit, from) >= unit.capacity();
        if ((shelterFull || unitFull) && !overridden) {
            throw new BusinessRuleException(shelterFull ? "shelter-full" : "unit-full", shelterFull
                    ? shelter.name() + " is full: it houses " + shelter.capacity() + " persons at most"
                    : unit.name() + " of " + shelter.name() + " is full: it houses " + unit.capacity() + " persons at most");
        }
        Placement placement = new Placement(PlacementId.random(), person.id(), shelter, unit, from,
                shelterFull || unitFull ? overrideReason : null);
        placements.add(placement);
        return placement;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PlacementView end(PlacementId id, EndPlacement command) {
        Placement placement = changeable(id);
        changes.before(placement.toView());
        Placement.Occupancy before = placement.occupancy();
        placement.end(command.until(), command.version());
        placements.flush();
        placements.recount(placement, before);
        return placement.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PlacementView correct(PlacementId id, CorrectPlacement command) {
        Placement placement = changeable(id);
        PlacementView before = placement.toView();
        changes.before(before);
        LocalDate from = command.from() == null ? before.from() : command.from();
        LocalDate until = command.until() == null ? before.until() : command.until();
        PersonView person = persons.get(before.personId());
        requireWithinSupervision(person, from, until);
        boolean overlaps = placements.of(before.personId()).stream()
                .filter(other -> !other.is(id))
                .anyMatch(other -> other.overlaps(from, until));
        if (overlaps) {
            throw new BusinessRuleException("placements-overlap",
                    "The person has another placement between " + from + " and " + (until == null ? "now" : until));
        }
        Shelter shelter = shelters.findForUpdate(before.shelterId()).orElseThrow();
        if (from.isBefore(before.from())) {
            long others = placements.countOpenFrom(shelter, from) - (placement.overlaps(from, null) ? 1 : 0);
            if (others >= shelter.capacity()) {
                throw new BusinessRuleException("shelter-full",
                        shelter.name() + " is full from " + from + ": it houses " + shelter.capacity() + " persons at most");
            }
        }
        Placement.Occupancy counted = placement.occupancy();
        placement.correct(command.from(), command.until(), command.version());
        placements.flush();
        placements.recount(placement, counted);
        return placement.toView();
    }

    /** @return the placement, locked, when it belongs to the caller's office; else it is not found */
    private Placement changeable(PlacementId id) {
        OfficeId office = offices.writable();
        return placements.findForUpdate(id).filter(p -> p.office().equals(office))
                .orElseThrow(() -> new PlacementNotFoundException(id));
    }

    private static void requireWithinSupervision(PersonView person, LocalDate from, LocalDate until) {
        if (from.isBefore(person.supervisedFrom())) {
            throw new InvalidFieldException("from", "The person is under supervision only from "
                    + person.supervisedFrom() + "; a placement cannot begin earlier");
        }
        LocalDate lastDay = person.supervisedUntil();
        if (lastDay != null && (from.isAfter(lastDay) || until == null || until.isAfter(lastDay))) {
            throw new BusinessRuleException("supervision-ended", "The person's supervision ended on "
                    + lastDay + "; a placement cannot begin or last beyond it");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PlacementView> occupants(ShelterId shelterId, LocalDate date) {
        requireShelterData();
        return placements.openIn(shelterId, date).stream().map(Placement::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<PlacementView> occupants(ShelterId shelterId, LocalDate date, PageRequest page) {
        requireShelterData();
        return placements.openIn(shelterId, date, page).map(Placement::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    public ResultPage<PlacementView> history(ShelterId shelterId, PageRequest page) {
        return placements.history(shelterId, page).map(Placement::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PlacementView> placementsOf(PersonId personId) {
        requireShelterData();
        return placements.of(personId).stream().map(Placement::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PlacementView> placementOn(PersonId personId, LocalDate date) {
        requireShelterData();
        return placements.openOn(personId, date).map(Placement::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PlacementView> find(PlacementId id) {
        requireShelterData();
        return placements.find(id).map(Placement::toView);
    }
}
