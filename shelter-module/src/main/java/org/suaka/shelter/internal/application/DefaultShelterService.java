package org.suaka.shelter.internal.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Records shelters, each under a unique name.
 */
@ApplicationScoped
@Transactional
public class DefaultShelterService implements ShelterService {

    private ShelterRepository shelters;

    protected DefaultShelterService() {
        // for CDI
    }

    /**
     * @param shelters where shelters are stored
     */
    @Inject
    public DefaultShelterService(ShelterRepository shelters) {
        this.shelters = shelters;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Override
    public ShelterView create(CreateShelter command) {
        if (shelters.existsWithName(command.name())) {
            throw new BusinessRuleException("shelter-name-taken",
                    "A shelter named " + command.name().strip() + " is already recorded");
        }
        Shelter shelter = new Shelter(ShelterId.random(), command);
        shelters.add(shelter);
        return shelter.toView();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShelterView> find(ShelterId id) {
        return shelters.find(id).map(Shelter::toView);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShelterView> list() {
        return shelters.all().stream().map(Shelter::toView).toList();
    }
}
