package org.suaka.shelter.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.DecidePermit;
import org.suaka.shelter.api.ExitPermitService;
import org.suaka.shelter.api.PermitId;
import org.suaka.shelter.api.PermitQuery;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.RecordReturn;
import org.suaka.shelter.api.RequestPermit;
import org.suaka.shelter.internal.domain.ExitPermit;
import org.suaka.shelter.internal.persistence.PermitRepository;
import org.suaka.shelter.internal.persistence.PlacementRepository;

/**
 * Keeps exit permits: an officer asks, a supervisor who did not ask decides, the return closes it. Times
 * are the office's local time.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultExitPermitService implements ExitPermitService {

    /** The most permits a period lists. */
    private static final int MAX_LISTED = 2_000;

    private PermitRepository permits;
    private PlacementRepository placements;
    private PersonService persons;
    private OfficeScope offices;
    private Caller caller;
    private Clock clock;
    private Validator validator;

    public DefaultExitPermitService() {
        // for CDI
    }

    /**
     * @param permits where permits are kept
     * @param placements who is placed where, to check the person stays in a shelter of the office
     * @param persons the registry, to know the person
     * @param offices the offices the caller reads and writes for
     * @param caller who asks or decides
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultExitPermitService(PermitRepository permits, PlacementRepository placements, PersonService persons,
            OfficeScope offices, Caller caller, Clock clock, Validator validator) {
        this.permits = permits;
        this.placements = placements;
        this.persons = persons;
        this.offices = offices;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PermitView request(RequestPermit command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        PersonView person = persons.find(command.personId()).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new InvalidFieldException("personId", "No registered person has id " + command.personId()));
        if (placements.openOn(person.id(), command.leaveAt().toLocalDate()).isEmpty()) {
            throw new BusinessRuleException("person-not-placed", person.fullName()
                    + " is not placed in a shelter of the office on " + command.leaveAt().toLocalDate());
        }
        ExitPermit permit = new ExitPermit(new RequestPermit(person.id(), command.purpose(), command.destination(),
                command.leaveAt(), command.expectedReturnAt()), mine, caller.name().orElseThrow());
        permits.add(permit);
        return permit.toView(now());
    }

    @RequiresRole(Roles.SUPERVISOR)
    @Audited(write = true)
    @Override
    public PermitView approve(PermitId id, DecidePermit command) {
        return decide(id, command, true);
    }

    @RequiresRole(Roles.SUPERVISOR)
    @Audited(write = true)
    @Override
    public PermitView refuse(PermitId id, DecidePermit command) {
        return decide(id, command, false);
    }

    private PermitView decide(PermitId id, DecidePermit command, boolean approved) {
        Commands.valid(validator, command);
        ExitPermit permit = changeable(id);
        permit.decide(approved, caller.name().orElseThrow(), command.note(), command.version());
        permits.flush();
        return permit.toView(now());
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PermitView recordReturn(PermitId id, RecordReturn command) {
        Commands.valid(validator, command);
        ExitPermit permit = changeable(id);
        permit.returned(command.returnedAt(), now(), command.version());
        permits.flush();
        return permit.toView(now());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PermitView> find(PermitId id) {
        return permits.find(id).map(permit -> permit.toView(now()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<PermitView> list(PermitQuery query) {
        Commands.valid(validator, query);
        LocalDateTime now = now();
        return permits.list(query, now).map(permit -> permit.toView(now));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PermitView> leavingBetween(LocalDate from, LocalDate to) {
        LocalDateTime now = now();
        return permits.leavingBetween(from, to, now, MAX_LISTED).stream().map(permit -> permit.toView(now)).toList();
    }

    private ExitPermit changeable(PermitId id) {
        OfficeId mine = offices.writable();
        return permits.findForUpdate(id).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("permit", id.toString()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
