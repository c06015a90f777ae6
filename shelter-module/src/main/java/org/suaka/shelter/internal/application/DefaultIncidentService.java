package org.suaka.shelter.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.IncidentQuery;
import org.suaka.shelter.api.IncidentService;
import org.suaka.shelter.api.IncidentView;
import org.suaka.shelter.api.RecordFollowUp;
import org.suaka.shelter.api.RecordIncident;
import org.suaka.shelter.internal.domain.Incident;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.persistence.IncidentRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Keeps the incidents of the office's shelters with their follow-ups. No partner role is let in: incidents
 * are enforcement data.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultIncidentService implements IncidentService {

    private IncidentRepository incidents;
    private ShelterRepository shelters;
    private PersonService persons;
    private OfficeScope offices;
    private Caller caller;
    private Clock clock;
    private Validator validator;

    public DefaultIncidentService() {
        // for CDI
    }

    /**
     * @param incidents where incidents are kept
     * @param shelters where shelters are kept
     * @param persons the registry, to know the persons involved
     * @param offices the offices the caller reads and writes for
     * @param caller who reports
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultIncidentService(IncidentRepository incidents, ShelterRepository shelters, PersonService persons,
            OfficeScope offices, Caller caller, Clock clock, Validator validator) {
        this.incidents = incidents;
        this.shelters = shelters;
        this.persons = persons;
        this.offices = offices;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public IncidentView record(RecordIncident command) {
        Commands.valid(validator, command);
        if (command.occurredAt().isAfter(LocalDateTime.now(clock))) {
            throw new InvalidFieldException("occurredAt", "An incident is recorded after it happened");
        }
        OfficeId mine = offices.writable();
        Shelter shelter = shelters.find(command.shelterId()).filter(s -> s.office().equals(mine))
                .orElseThrow(() -> new InvalidFieldException("shelterId", "No shelter has id " + command.shelterId()));
        Map<PersonId, PersonView> known = persons.findAll(command.personIds());
        for (PersonId id : command.personIds()) {
            if (!known.containsKey(id)) {
                throw new InvalidFieldException("personIds", "No registered person has id " + id);
            }
        }
        List<PersonId> involved = command.personIds().stream().map(id -> known.get(id).id()).toList();
        Incident incident = new Incident(command, shelter, involved, caller.name().orElseThrow());
        incidents.add(incident);
        return incident.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public IncidentView followUp(UUID id, RecordFollowUp command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Incident incident = incidents.find(id, true).filter(i -> i.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("incident", id.toString()));
        incident.followUp(LocalDateTime.now(clock).withNano(0), command.note(), caller.name().orElseThrow(),
                command.close(), command.version());
        incidents.flush();
        return incident.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<IncidentView> find(UUID id) {
        return incidents.find(id, false).map(Incident::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<IncidentView> list(IncidentQuery query) {
        Commands.valid(validator, query);
        return incidents.list(query).map(Incident::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Tally> countByType(LocalDate from, LocalDate until) {
        return incidents.countByType(from, until);
    }
}
