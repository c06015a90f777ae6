package org.suaka.shelter.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.CloseInspection;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.Finding;
import org.suaka.shelter.api.InspectionQuery;
import org.suaka.shelter.api.InspectionService;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.RecordInspection;
import org.suaka.shelter.internal.domain.Inspection;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.persistence.InspectionRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/** Keeps the inspections of the office's shelters until their follow-up is closed. Staff only. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultInspectionService implements InspectionService {

    private InspectionRepository inspections;
    private ShelterRepository shelters;
    private OfficeScope offices;
    private Caller caller;
    private Clock clock;
    private Validator validator;

    public DefaultInspectionService() {
        // for CDI
    }

    /**
     * @param inspections where inspections are kept
     * @param shelters where shelters are kept
     * @param offices the offices the caller reads and writes for
     * @param caller who records
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultInspectionService(InspectionRepository inspections, ShelterRepository shelters, OfficeScope offices,
            Caller caller, Clock clock, Validator validator) {
        this.inspections = inspections;
        this.shelters = shelters;
        this.offices = offices;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public InspectionView record(RecordInspection command) {
        Commands.valid(validator, command);
        requireSound(command, LocalDate.now(clock));
        OfficeId mine = offices.writable();
        Shelter shelter = shelters.find(command.shelterId()).filter(s -> s.office().equals(mine))
                .orElseThrow(() -> new InvalidFieldException("shelterId", "No shelter has id " + command.shelterId()));
        shelter.requireOpenOn(command.inspectedOn());
        Inspection inspection = new Inspection(command, shelter, caller.name().orElseThrow());
        inspections.add(inspection);
        return inspection.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public InspectionView close(UUID id, CloseInspection command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Inspection inspection = inspections.find(id, true).filter(i -> i.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("inspection", id.toString()));
        inspection.close(LocalDate.now(clock), command.note(), caller.name().orElseThrow(), command.version());
        inspections.flush();
        return inspection.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<InspectionView> find(UUID id) {
        return inspections.find(id, false).map(Inspection::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<InspectionView> list(InspectionQuery query) {
        Commands.valid(validator, query);
        return inspections.list(query).map(Inspection::toView);
    }

    /** The rules a single command can be checked against before anything is read. */
    static void requireSound(RecordInspection command, LocalDate today) {
        if (command.inspectedOn().isAfter(today)) {
            throw new InvalidFieldException("inspectedOn", "An inspection is recorded after it took place");
        }
        Set<Facility> seen = EnumSet.noneOf(Facility.class);
        for (Finding finding : command.findings()) {
            if (!seen.add(finding.facility())) {
                throw new InvalidFieldException("findings", finding.facility() + " is found twice");
            }
        }
        boolean noFollowUp = command.followUp() == null || command.followUp().isBlank();
        if (noFollowUp && command.findings().stream().anyMatch(f -> f.condition().needsFollowUp())) {
            throw new InvalidFieldException("followUp", "A facility below standard needs a follow-up");
        }
        if (noFollowUp && command.followUpDue() != null) {
            throw new InvalidFieldException("followUpDue", "A due date needs a follow-up to be due");
        }
        if (command.followUpDue() != null && command.followUpDue().isBefore(command.inspectedOn())) {
            throw new InvalidFieldException("followUpDue", "A follow-up is due on or after the inspection");
        }
    }
}
