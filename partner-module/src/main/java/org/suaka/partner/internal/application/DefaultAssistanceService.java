package org.suaka.partner.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.partner.api.AssistanceKind;
import org.suaka.partner.api.AssistanceQuery;
import org.suaka.partner.api.AssistanceService;
import org.suaka.partner.api.AssistanceTally;
import org.suaka.partner.api.AssistanceView;
import org.suaka.partner.api.RecordAssistance;
import org.suaka.partner.api.VoidAssistance;
import org.suaka.partner.internal.domain.Assistance;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.persistence.AssistanceRepository;
import org.suaka.partner.internal.persistence.PartnerRepository;
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
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.PersonService;

/**
 * Keeps the assistance partners give: recorded and voided by office staff, read by partner staff for their
 * own organisation only (none when they work for none).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultAssistanceService implements AssistanceService {

    private AssistanceRepository assistance;
    private PartnerRepository partners;
    private PersonService persons;
    private FamilyService families;
    private OfficeScope offices;
    private Caller caller;
    private Clock clock;
    private Validator validator;

    public DefaultAssistanceService() {
        // for CDI
    }

    /**
     * @param assistance where assistance records are kept
     * @param partners where organisations and partner users are kept
     * @param persons the registry, to know the recipient
     * @param families the registry's families, for assistance to a family
     * @param offices the offices the caller reads and writes for
     * @param caller who records
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultAssistanceService(AssistanceRepository assistance, PartnerRepository partners, PersonService persons,
            FamilyService families, OfficeScope offices, Caller caller, Clock clock, Validator validator) {
        this.assistance = assistance;
        this.partners = partners;
        this.persons = persons;
        this.families = families;
        this.offices = offices;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public AssistanceView record(RecordAssistance command) {
        Commands.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        if (command.month().isAfter(YearMonth.from(today))) {
            throw new InvalidFieldException("month", "Assistance is recorded for the current month or one before it");
        }
        if (command.kind() == AssistanceKind.CASH && command.amount() == null) {
            throw new InvalidFieldException("amount", "Cash assistance is recorded with its amount in rupiah");
        }
        OfficeId mine = offices.writable();
        Organisation organisation = ActivePartners.of(partners, command.organisationId(), mine);
        if (!persons.find(command.personId()).filter(p -> p.office().equals(mine)).isPresent()) {
            throw new InvalidFieldException("personId", "No person of the office has id " + command.personId());
        }
        Optional<FamilyView> family = families.familyOf(command.personId());
        if (command.coversFamily() && family.isEmpty()) {
            throw new InvalidFieldException("forFamily", "The person belongs to no family; record the assistance for them alone");
        }
        UUID familyId = family.map(FamilyView::id).orElse(null);
        if (assistance.recorded(command.organisationId(), command.kind(), command.month(), command.personId(), familyId)) {
            throw new BusinessRuleException("assistance-recorded", "This assistance for " + command.month()
                    + " is recorded already for the person or their family");
        }
        Assistance.Recipient recipient = command.coversFamily()
                ? new Assistance.Recipient(command.personId(), familyId, family.get().size())
                : new Assistance.Recipient(command.personId(), null, 1);
        Assistance record = new Assistance(recipient, organisation, command.kind(), command.month(), command.amount(),
                command.note(), today, caller.name().orElseThrow());
        assistance.add(record);
        return record.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public AssistanceView voidRecord(UUID id, VoidAssistance command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Assistance record = assistance.find(id, true).filter(a -> a.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("assistance", id.toString()));
        record.voidFor(command.reason(), command.version());
        assistance.flush();
        return record.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AssistanceView> find(UUID id) {
        return reach().filter(assistance.find(id, false), Assistance::organisationId).map(Assistance::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<AssistanceView> list(AssistanceQuery query) {
        Commands.valid(validator, query);
        return reach().list(query.page(), only -> assistance.list(query, only).map(Assistance::toView));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    public List<AssistanceTally> totals(YearMonth from, YearMonth until) {
        if (until.isBefore(from)) {
            throw new InvalidFieldException("to", "The period ends on or after it begins");
        }
        return assistance.totals(from, until);
    }

    private PartnerReach reach() {
        return new PartnerReach(caller, partners);
    }
}
