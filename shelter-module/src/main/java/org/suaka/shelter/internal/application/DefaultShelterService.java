package org.suaka.shelter.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterNotFoundException;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.UpdateShelter;
import org.suaka.shelter.internal.domain.Shelter;
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

    public DefaultShelterService() {
        // for CDI
    }

    /**
     * @param shelters where shelters are stored
     * @param placements where placements are stored, to count who is housed
     * @param changes where a correction leaves the shelter as it was, for the audit trail
     * @param clock the office clock
     * @param offices the offices the caller reads and writes for
     */
    @Inject
    public DefaultShelterService(ShelterRepository shelters, PlacementRepository placements, AuditedChanges changes,
            Clock clock, OfficeScope offices) {
        this.offices = offices;
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
        OfficeId office = offices.writable();
        Shelter shelter = shelters.findForUpdate(id).filter(s -> s.office().equals(office))
                .orElseThrow(() -> new ShelterNotFoundException(id));
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
