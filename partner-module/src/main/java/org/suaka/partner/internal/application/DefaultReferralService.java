package org.suaka.partner.internal.application;

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

import org.suaka.partner.api.AnswerReferral;
import org.suaka.partner.api.CompleteReferral;
import org.suaka.partner.api.Refer;
import org.suaka.partner.api.ReferralQuery;
import org.suaka.partner.api.ReferralService;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralTally;
import org.suaka.partner.api.ReferralView;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.domain.Referral;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.ReferralRepository;
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
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;

/**
 * Keeps the referrals of the office's persons to its partners. A user of the partner role reaches only the
 * referrals to the organisation they work for (none when they work for none), and may accept, reject and
 * complete those; referring and cancelling are the office's.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultReferralService implements ReferralService {

    private ReferralRepository referrals;
    private PartnerRepository partners;
    private PersonService persons;
    private OfficeScope offices;
    private Caller caller;
    private Clock clock;
    private Validator validator;

    public DefaultReferralService() {
        // for CDI
    }

    /**
     * @param referrals where referrals are kept
     * @param partners where organisations and partner users are kept
     * @param persons the registry, to know the person referred
     * @param offices the offices the caller reads and writes for
     * @param caller who refers or answers
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultReferralService(ReferralRepository referrals, PartnerRepository partners, PersonService persons,
            OfficeScope offices, Caller caller, Clock clock, Validator validator) {
        this.referrals = referrals;
        this.partners = partners;
        this.persons = persons;
        this.offices = offices;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ReferralView refer(Refer command) {
        Commands.valid(validator, command);
        if (command.requestedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("requestedOn", "A referral is recorded on or after its day");
        }
        OfficeId mine = offices.writable();
        Organisation organisation = ActivePartners.of(partners, command.organisationId(), mine);
        PersonView person = persons.find(command.personId())
                .orElseThrow(() -> new InvalidFieldException("personId", "No registered person has id " + command.personId()));
        Referral referral = new Referral(person.id(), organisation, command.service(), command.requestedOn(), command.reason(),
                caller.name().orElseThrow());
        referrals.add(referral);
        return referral.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.PARTNER})
    @Audited(write = true)
    @Override
    public ReferralView accept(UUID id, AnswerReferral command) {
        return answer(id, ReferralStatus.ACCEPTED, command);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.PARTNER})
    @Audited(write = true)
    @Override
    public ReferralView reject(UUID id, AnswerReferral command) {
        return answer(id, ReferralStatus.REJECTED, command);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ReferralView cancel(UUID id, AnswerReferral command) {
        return answer(id, ReferralStatus.CANCELLED, command);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.PARTNER})
    @Audited(write = true)
    @Override
    public ReferralView complete(UUID id, CompleteReferral command) {
        Commands.valid(validator, command);
        if (command.completedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("completedOn", "A referral is completed on or before today");
        }
        Referral referral = writable(id);
        referral.complete(command.completedOn(), command.outcome(), command.version());
        referrals.flush();
        return referral.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReferralView> find(UUID id) {
        return readable(id, false).map(Referral::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<ReferralView> list(ReferralQuery query) {
        Commands.valid(validator, query);
        return reach().list(query.page(), only -> referrals.list(query, only).map(Referral::toView));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    public List<ReferralTally> tally(LocalDate from, LocalDate until) {
        return referrals.tally(from, until);
    }

    private ReferralView answer(UUID id, ReferralStatus to, AnswerReferral command) {
        Commands.valid(validator, command);
        Referral referral = writable(id);
        referral.answer(to, LocalDate.now(clock), caller.name().orElseThrow(), command.note(), command.version());
        referrals.flush();
        return referral.toView();
    }

    /** A referral the caller may change: of their office for its staff, to their organisation for partner staff. */
    private Referral writable(UUID id) {
        if (caller.isInRole(Roles.PARTNER)) {
            return readable(id, true).orElseThrow(() -> new RecordNotFoundException("referral", id.toString()));
        }
        OfficeId mine = offices.writable();
        return referrals.find(id, true).filter(r -> r.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("referral", id.toString()));
    }

    private Optional<Referral> readable(UUID id, boolean lock) {
        return reach().filter(referrals.find(id, lock), Referral::organisationId);
    }

    private PartnerReach reach() {
        return new PartnerReach(caller, partners);
    }
}
