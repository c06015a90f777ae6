package org.suaka.shelter.internal.application;

import java.time.Clock;
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

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.CloseShelter;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.CreateUnit;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterNotFoundException;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.UnitView;
import org.suaka.shelter.api.UpdateShelter;
import org.suaka.shelter.api.UpdateUnit;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.domain.ShelterUnit;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Records and corrects shelters, each under a unique name and never below the persons it houses.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultShelterService implements ShelterService {

    private ShelterRepository shelters;
    private PlacementRepository placements;
    private AuditedChanges changes;
    private Clock clock;
    private OfficeScope offices;
    private Validator validator;

    public DefaultShelterService() {
        // for CDI
    }

    /**
     * @param shelters where shelters are stored
     * @param placements where placements are stored, to count who is housed
     * @param changes where a correction leaves the shelter as it was, for the audit trail
     * @param clock the office clock
     * @param offices the offices the caller reads and writes for
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultShelterService(ShelterRepository shelters, PlacementRepository placements, AuditedChanges changes,
            Clock clock, OfficeScope offices, Validator validator) {
        this.offices = offices;
        this.validator = validator;
        this.shelters = shelters;
        this.placements = placements;
        this.changes = changes;
        this.clock = clock;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ShelterView create(CreateShelter command) {
        OfficeId office = offices.writable();
        if (shelters.existsWithName(command.name(), office)) {
            throw new BusinessRuleException("shelter-name-taken",
                    "A shelter named " + command.name().strip() + " is already recorded");
        }
        Shelter shelter = new Shelter(ShelterId.random(), command, office);
        shelters.add(shelter);
        return shelter.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ShelterView update(ShelterId id, UpdateShelter command) {
        Commands.valid(validator, command);
        OfficeId office = offices.writable();
        Shelter shelter = writable(id);
        changes.before(shelter.toView());
        if (command.name() != null && !command.name().strip().equals(shelter.name())
                && shelters.existsWithName(command.name(), office)) {
            throw new BusinessRuleException("shelter-name-taken",
                    "A shelter named " + command.name().strip() + " is already recorded");
        }
        if (command.capacity() != null) {
            long housed = placements.countOpenFrom(shelter, LocalDate.now(clock));
            if (command.capacity() < housed) {
                throw new BusinessRuleException("capacity-below-occupancy", shelter.name() + " houses " + housed
                        + " persons today or later; its capacity cannot be " + command.capacity());
            }
        }
        shelter.correct(command);
        shelters.flush();
        return shelter.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ShelterView close(ShelterId id, CloseShelter command) {
        Commands.valid(validator, command);
        Shelter shelter = writable(id);
        changes.before(shelter.toView());
        long housed = placements.countOpenFrom(shelter, command.on());
        if (housed > 0) {
            throw new BusinessRuleException("shelter-occupied", shelter.name() + " houses " + housed
                    + " persons on " + command.on() + " or later: move them first");
        }
        shelter.close(command.on(), command.version());
        shelters.flush();
        return shelter.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public UnitView addUnit(ShelterId shelterId, CreateUnit command) {
        Commands.valid(validator, command);
        Shelter shelter = writable(shelterId);
        if (shelters.hasUnitNamed(shelter, command.name())) {
            throw new BusinessRuleException("unit-name-taken", shelter.name() + " has a unit named "
                    + command.name().strip() + " already");
        }
        ShelterUnit unit = new ShelterUnit(shelter, command);
        shelters.add(unit);
        return unit.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public UnitView correctUnit(ShelterId shelterId, UUID unitId, UpdateUnit command) {
        Commands.valid(validator, command);
        Shelter shelter = writable(shelterId);
        ShelterUnit unit = shelters.findUnitForUpdate(shelter, unitId)
                .orElseThrow(() -> new RecordNotFoundException("unit", unitId.toString()));
        changes.before(unit.toView());
        if (command.name() != null && !command.name().strip().equalsIgnoreCase(unit.name())
                && shelters.hasUnitNamed(shelter, command.name())) {
            throw new BusinessRuleException("unit-name-taken", shelter.name() + " has a unit named "
                    + command.name().strip() + " already");
        }
        if (command.capacity() != null) {
            long housed = placements.countOpenFrom(unit, LocalDate.now(clock));
            if (command.capacity() < housed) {
                throw new BusinessRuleException("capacity-below-occupancy", unit.name() + " houses " + housed
                        + " persons today or later; its capacity cannot be " + command.capacity());
            }
        }
        unit.correct(command);
        shelters.flush();
        return unit.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UnitView> unitsOf(ShelterId shelterId) {
        Shelter shelter = shelters.find(shelterId).orElseThrow(() -> new ShelterNotFoundException(shelterId));
        return shelters.unitsOf(shelter).stream().map(ShelterUnit::toView).toList();
    }

    /** @return the shelter, locked, when it belongs to the caller's office; else it is not found */
    private Shelter writable(ShelterId id) {
        OfficeId office = offices.writable();
        return shelters.findForUpdate(id).filter(s -> s.office().equals(office))
                .orElseThrow(() -> new ShelterNotFoundException(id));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ShelterView> find(ShelterId id) {
        return shelters.find(id).map(Shelter::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ShelterView> list() {
        return shelters.all().stream().map(Shelter::toView).toList();
    }
}
