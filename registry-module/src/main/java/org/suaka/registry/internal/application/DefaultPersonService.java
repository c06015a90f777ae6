package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.EndSupervision;
import org.suaka.registry.api.OfficeStayView;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonTransferred;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RecordConsent;
import org.suaka.registry.api.RecordSelfReport;
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.SelfReportStanding;
import org.suaka.registry.api.SelfReportView;
import org.suaka.registry.api.StatusChangeView;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.TransferPerson;
import org.suaka.registry.api.UnhcrStatusView;
import org.suaka.registry.api.UpdateConsent;
import org.suaka.registry.api.UpdatePerson;
import org.suaka.registry.api.Vulnerability;
import org.suaka.registry.api.VulnerabilityFlags;
import org.suaka.registry.internal.domain.Consent;
import org.suaka.registry.internal.domain.DuplicateScore;
import org.suaka.registry.internal.domain.NameKeys;
import org.suaka.registry.internal.domain.OfficeStay;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.PersonFacts;
import org.suaka.registry.internal.domain.PersonHistory;
import org.suaka.registry.internal.domain.PersonRules;
import org.suaka.registry.internal.domain.SelfReport;
import org.suaka.registry.internal.domain.StatusChange;
import org.suaka.registry.internal.domain.StatusRules;
import org.suaka.registry.internal.domain.UnhcrStatusChange;
import org.suaka.registry.internal.domain.VulnerabilityFlag;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Registers and corrects persons, enforcing the plausibility rules against the office's today and the
 * rules that need the database (a UNHCR number held by one person only). What it returns is limited to the
 * data categories the caller may see. Ending supervision tells other modules through {@link PersonDeparted}.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultPersonService implements PersonService {

    /** The most persons looked at for one duplicate question: those sharing the most name keys. */
    private static final int CANDIDATES_LOOKED_AT = 50;

    private PersonRepository persons;
    private Clock clock;
    private AccessScope scope;
    private AuditedChanges changes;
    private Event<PersonDeparted> departures;
    private Event<PersonTransferred> transfers;
    private OfficeScope offices;
    private OfficeService directory;
    private FigureLedger figures;

    public DefaultPersonService() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     * @param clock the clock that says what day it is
     * @param scope what the caller may see; partner staff see only what their organisation was granted
     * @param changes where a correction leaves the person as it was, for the audit trail
     * @param departures the event that tells other modules that supervision ended
     * @param transfers the event that tells other modules that a person went to another office
     * @param offices the offices the caller reads and writes for
     * @param directory the offices there are
     * @param figures keeps the supervision figures in line with the records, in the same transaction
     */
    @Inject
    public DefaultPersonService(PersonRepository persons, Clock clock, AccessScope scope, AuditedChanges changes,
            Event<PersonDeparted> departures, Event<PersonTransferred> transfers, OfficeScope offices,
            OfficeService directory, FigureLedger figures) {
        this.persons = persons;
        this.clock = clock;
        this.scope = scope;
        this.changes = changes;
        this.departures = departures;
        this.transfers = transfers;
        this.offices = offices;
        this.directory = directory;
        this.figures = figures;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView register(RegisterPerson command, boolean duplicateChecked) {
        PersonFacts facts = PersonFacts.of(command, LocalDate.now(clock));
        PersonRules.check(facts, LocalDate.now(clock));
        requireUnhcrNumberFree(facts.unhcrNumber(), null);
        if (!duplicateChecked) {
            requireNoProbableDuplicate(facts);
        }
        Person person = new Person(PersonId.random(), facts, offices.writable());
        persons.add(person);
        persons.add(new OfficeStay(person, person.office(), facts.supervisedFrom(), false));
        persons.add(new StatusChange(person.id(), SupervisionStatus.FOUND, facts.supervisedFrom(), null, null, null));
        PersonView registered = person.toView();
        keepNameKeys(registered);
        figures.refresh(person.id(), new PersonHistory(registered.nationality(), registered.sex().name(),
                registered.dateOfBirth(), List.of(new PersonHistory.Stay(registered.office().toString(),
                        facts.supervisedFrom(), null)), List.of(new PersonHistory.Dated(SupervisionStatus.FOUND.name(),
                        facts.supervisedFrom())), List.of(), Set.of()));
        return registered;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView update(PersonId id, UpdatePerson command) {
        Person person = changeable(id);
        PersonView before = person.toView();
        changes.before(before);
        PersonFacts facts = PersonFacts.corrected(before, command);
        PersonRules.check(facts, LocalDate.now(clock));
        requireUnhcrNumberFree(facts.unhcrNumber(), before.unhcrNumber());
        person.correct(facts, command.version());
        beginFirstStayOn(person, facts.supervisedFrom());
        keepNameKeys(person.toView());
        figures.refresh(id);
        return person.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DuplicateCandidate> duplicatesOf(PersonId id) {
        PersonView person = get(id);
        return candidates(new PersonFacts(person.givenName(), person.familyName(), person.sex(), person.dateOfBirth(),
                person.nationality(), person.unhcrNumber(), person.unhcrCaseNumber(), person.supervisedFrom()), id);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DuplicateCandidate> duplicateCandidates(RegisterPerson draft) {
        PersonFacts facts = PersonFacts.of(draft, LocalDate.now(clock));
        PersonRules.check(facts, LocalDate.now(clock));
        return candidates(facts, null);
    }

    private List<DuplicateCandidate> candidates(PersonFacts wanted, PersonId self) {
        int[] years = DuplicateScore.yearsAround(wanted.dateOfBirth());
        Set<String> keys = NameKeys.of(wanted.givenName(), wanted.familyName());
        Set<PersonId> ids = new LinkedHashSet<>(persons.sharingNameKeys(keys, years[0], years[1], CANDIDATES_LOOKED_AT));
        if (wanted.unhcrNumber() != null) {
            persons.findByUnhcrNumber(wanted.unhcrNumber()).ifPresent(p -> ids.add(p.id()));
        }
        ids.remove(self);
        return persons.findAll(ids).stream()
                .map(p -> DuplicateScore.of(wanted, keys, p.toView()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(DuplicateCandidate::score).reversed())
                .toList();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public SelfReportView recordSelfReport(PersonId id, RecordSelfReport command) {
        Person person = changeable(id);
        person.requireUnderSupervision();
        PersonRules.requireDay("reportedOn", command.reportedOn(), LocalDate.now(clock));
        SelfReport report = new SelfReport(id, command);
        persons.add(report);
        return report.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SelfReportView> selfReportsOf(PersonId id) {
        get(id);
        return persons.selfReportsOf(id).stream().map(SelfReport::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<PersonView> withoutSelfReport(YearMonth month, int months, PageRequest page) {
        if (months < 1 || months > 12) {
            throw new InvalidFieldException("months", "Look at 1 to 12 months");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        LocalDate from = month.minusMonths(months - 1L).atDay(1);
        if (from.isAfter(today)) {
            throw new InvalidFieldException("month", "The month has not begun yet");
        }
        ResultPage<Person> found = persons.withoutSelfReport(until, from, until, page);
        Set<DataCategory> visible = scope.visibleToCaller();
        return new ResultPage<>(found.items().stream().map(Person::toView).map(v -> v.visibleIn(visible)).toList(),
                found.offset(), found.total());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SelfReportStanding> selfReportStanding(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidFieldException("month", "The month has not begun yet");
        }
        LocalDate until = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        Map<String, LocalDate> last = persons.lastSelfReports(month.atDay(1), until);
        Set<DataCategory> visible = scope.visibleToCaller();
        return persons.underSupervisionOn(until).stream()
                .map(p -> new SelfReportStanding(p.toView().visibleIn(visible), last.get(p.id().toString())))
                .sorted(Comparator.comparing(SelfReportStanding::overdue).reversed())
                .toList();
    }

    private void requireNoProbableDuplicate(PersonFacts facts) {
        List<DuplicateCandidate> probable = candidates(facts, null).stream()
                .filter(c -> c.score() >= DuplicateCandidate.PROBABLE).toList();
        if (!probable.isEmpty()) {
            throw new BusinessRuleException("probable-duplicate", "A registered person may be the same: "
                    + probable.stream().map(c -> c.personId() + " (score " + c.score() + ": " + String.join(", ", c.reasons())
                            + ")").collect(Collectors.joining("; "))
                    + ". Check them, and if this is a different person register again confirming the check"
                    + " (?confirmDuplicate=true)");
        }
    }

    private void keepNameKeys(PersonView person) {
        NameKeyIndex.keep(persons, person);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public List<PersonView> transfer(PersonId id, TransferPerson command) {
        Person person = changeable(id);
        OfficeId sending = person.office();
        requireReceivingOffice(command.to(), sending);
        PersonRules.requireDay("on", command.on(), LocalDate.now(clock));
        person.requireUnderSupervision();
        List<Person> moving = command.withFamily() ? persons.familyUnderSupervision(person) : List.of(person);
        List<PersonView> moved = new ArrayList<>();
        for (Person each : moving) {
            changes.before(each.toView());
            OfficeStay current = currentStay(each);
            if (command.on().isBefore(current.from())) {
                throw new InvalidFieldException("on", each.toView().fullName() + " came under this office's"
                        + " supervision on " + current.from() + ": a transfer cannot be earlier");
            }
            each.transferTo(command.to(), each == person ? command.version() : each.toView().version());
            current.end(command.on(), true);
            persons.add(new OfficeStay(each, command.to(), command.on(), true));
            moved.add(each.toView());
        }
        figures.refresh(moving.stream().map(Person::id).toList());
        moved.forEach(view -> transfers.fire(new PersonTransferred(view.id(), sending, command.to(), command.on())));
        return moved;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OfficeStayView> officeHistory(PersonId id) {
        Person person = persons.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        if (!scope.allows(DataCategory.SUPERVISION)) {
            throw new AccessDeniedException("Your organisation is not granted supervision data");
        }
        return persons.staysOf(person).stream().map(OfficeStay::toView).toList();
    }

    private void requireReceivingOffice(OfficeId to, OfficeId sending) {
        OfficeView receiving = directory.find(to)
                .orElseThrow(() -> new InvalidFieldException("to", "No office with id " + to));
        if (receiving.national()) {
            throw new InvalidFieldException("to", receiving.name() + " supervises no persons itself: transfer to"
                    + " an office below it");
        }
        if (to.equals(sending)) {
            throw new InvalidFieldException("to", "The person is already under the supervision of "
                    + receiving.name());
        }
    }

    /**
     * @return the person, locked, when the caller may change them: of their own office, and not a national
     *     reader; a person of another office is not found
     */
    private Person changeable(PersonId id) {
        OfficeId mine = offices.writable();
        return persons.findForUpdate(id).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new PersonNotFoundException(id));
    }

    private OfficeStay currentStay(Person person) {
        List<OfficeStay> stays = persons.staysOf(person);
        return stays.get(stays.size() - 1);
    }

    private void beginFirstStayOn(Person person, LocalDate supervisedFrom) {
        OfficeStay first = persons.staysOf(person).get(0);
        if (first.from().equals(supervisedFrom)) {
            return;
        }
        if (first.until() != null && !supervisedFrom.isBefore(first.until())) {
            throw new BusinessRuleException("supervision-begins-after-transfer", "The person left "
                    + "the first office's supervision on " + first.until() + ": supervision cannot begin later");
        }
        first.beginOn(supervisedFrom);
    }

    private void requireUnhcrNumberFree(String unhcr, String current) {
        if (unhcr != null && !unhcr.isBlank() && !unhcr.strip().equals(current)
                && persons.existsWithUnhcrNumber(unhcr.strip())) {
            throw new BusinessRuleException("unhcr-number-taken",
                    "UNHCR number " + unhcr.strip() + " is already registered to another person");
        }
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView endSupervision(PersonId id, EndSupervision command) {
        Person person = changeable(id);
        changes.before(person.toView());
        PersonRules.requireDay("until", command.until(), LocalDate.now(clock));
        depart(person, command.until(), null, command.version());
        persons.add(new StatusChange(id, SupervisionStatus.DEPARTED, command.until(), null, null, null));
        figures.refresh(id);
        departures.fire(new PersonDeparted(id, command.until(), null));
        return person.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView changeStatus(PersonId id, ChangeStatus command) {
        Person person = changeable(id);
        changes.before(person.toView());
        List<StatusChange> history = persons.statusHistoryOf(id);
        LocalDate lastChange = history.isEmpty() ? person.supervisedFrom() : history.get(history.size() - 1).effectiveOn();
        String destination = StatusRules.check(person.status(), command, lastChange, LocalDate.now(clock));
        if (command.status() == SupervisionStatus.DEPARTED) {
            depart(person, command.effectiveOn(), command.reason(), command.version());
        } else {
            person.moveTo(command.status(), command.effectiveOn(), command.version());
        }
        persons.add(new StatusChange(id, command.status(), command.effectiveOn(), command.reason(), destination,
                command.note()));
        figures.refresh(id);
        if (command.status() == SupervisionStatus.DEPARTED) {
            departures.fire(new PersonDeparted(id, command.effectiveOn(), command.reason()));
        }
        return person.toView();
    }

    private void depart(Person person, LocalDate lastDay, StatusReason reason, long seenVersion) {
        OfficeStay current = currentStay(person);
        if (lastDay.isBefore(current.from())) {
            throw new BusinessRuleException("supervision-ends-before-start", "Supervision by this office began on "
                    + current.from() + " and cannot end on " + lastDay);
        }
        person.moveTo(SupervisionStatus.DEPARTED, lastDay, seenVersion);
        current.end(lastDay, false);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView recordUnhcrStatus(PersonId id, RecordUnhcrStatus command) {
        Person person = changeable(id);
        changes.before(person.toView());
        PersonRules.requireDay("effectiveOn", command.effectiveOn(), LocalDate.now(clock));
        List<UnhcrStatusChange> history = persons.unhcrStatusHistoryOf(id);
        if (!history.isEmpty() && command.effectiveOn().isBefore(history.get(history.size() - 1).effectiveOn())) {
            throw new InvalidFieldException("effectiveOn", "The person's UNHCR status last changed on "
                    + history.get(history.size() - 1).effectiveOn() + ": a later decision cannot take effect before it");
        }
        person.decidedByUnhcr(command.status());
        persons.add(new UnhcrStatusChange(id, command));
        figures.refresh(id);
        return person.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UnhcrStatusView> unhcrStatusHistory(PersonId id) {
        get(id);
        if (!scope.allows(DataCategory.IDENTITY)) {
            throw new AccessDeniedException("Your organisation is not granted identity data");
        }
        return persons.unhcrStatusHistoryOf(id).stream().map(UnhcrStatusChange::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Vulnerability> vulnerabilitiesOf(PersonId id) {
        get(id);
        requireReferralData();
        return persons.vulnerabilitiesOf(id).stream().map(VulnerabilityFlag::flag)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vulnerability.class)));
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public Set<Vulnerability> recordVulnerabilities(PersonId id, VulnerabilityFlags flags) {
        if (flags.flags() == null) {
            throw new InvalidFieldException("flags", "Send the needs as a list, empty for none");
        }
        changeable(id);
        List<VulnerabilityFlag> recorded = persons.vulnerabilitiesOf(id);
        changes.before(new VulnerabilityFlags(recorded.stream().map(VulnerabilityFlag::flag).collect(Collectors.toSet())));
        recorded.stream().filter(f -> !flags.flags().contains(f.flag())).forEach(persons::remove);
        Set<Vulnerability> kept = recorded.stream().map(VulnerabilityFlag::flag).collect(Collectors.toSet());
        flags.flags().stream().filter(f -> !kept.contains(f)).forEach(f -> persons.add(new VulnerabilityFlag(id, f)));
        figures.refresh(id);
        return flags.flags().isEmpty() ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(flags.flags());
    }

    private void requireReferralData() {
        if (!scope.allows(DataCategory.REFERRAL)) {
            throw new AccessDeniedException("Your organisation is not granted referral data");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StatusChangeView> statusHistory(PersonId id) {
        get(id);
        if (!scope.allows(DataCategory.SUPERVISION)) {
            throw new AccessDeniedException("Your organisation is not granted supervision data");
        }
        return persons.statusHistoryOf(id).stream().map(StatusChange::toView).toList();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ConsentView recordConsent(PersonId id, RecordConsent command) {
        changeable(id);
        PersonRules.requireDay("givenOn", command.givenOn(), LocalDate.now(clock));
        Consent consent = new Consent(id, command);
        persons.add(consent);
        return consent.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ConsentView correctConsent(PersonId personId, ConsentId consentId, UpdateConsent command) {
        changeable(personId);
        Consent consent = persons.findConsentForUpdate(consentId).filter(c -> c.isOf(personId))
                .orElseThrow(() -> new RecordNotFoundException("consent", consentId.toString()));
        changes.before(consent.toView());
        consent.correct(command);
        persons.flush();
        return consent.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ConsentView> consentsOf(PersonId id) {
        return persons.consentsOf(id).stream().map(Consent::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PersonView> find(PersonId id) {
        return persons.findCurrent(id).map(Person::toView).map(v -> v.visibleIn(scope.visibleToCaller()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<PersonId, PersonView> findAll(Collection<PersonId> ids) {
        Set<DataCategory> visible = scope.visibleToCaller();
        Map<PersonId, PersonView> found = new HashMap<>();
        for (Person person : persons.findAll(ids)) {
            // a merged record answers for its survivor, under the id asked for
            Optional<Person> current = person.mergedInto().isEmpty() ? Optional.of(person) : persons.findCurrent(person.id());
            current.ifPresent(p -> found.put(person.id(), p.toView().visibleIn(visible)));
        }
        return found;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(PersonId id) {
        return persons.findCurrent(id).isPresent();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<PersonView> search(PersonSearch search) {
        Set<DataCategory> visible = scope.visibleToCaller();
        if (search.status() != null && !visible.contains(DataCategory.SUPERVISION)) {
            throw new AccessDeniedException("Your organisation is not granted supervision data: it may not filter"
                    + " persons by status");
        }
        if (search.vulnerability() != null) {
            requireReferralData();
        }
        if (search.familyId() != null && !visible.contains(DataCategory.FAMILY)) {
            throw new AccessDeniedException("Your organisation is not granted family data: it may not filter persons"
                    + " by family");
        }
        if (!visible.contains(DataCategory.IDENTITY)) {
            if (!isBlank(search.nameContains()) || !isBlank(search.nationality()) || !isBlank(search.number())) {
                throw new AccessDeniedException("Your organisation is not granted identity data: it may not filter"
                        + " persons by name, nationality or number");
            }
            // an order by name would leak what the filter hides
            search = new PersonSearch(null, null, search.status(), search.vulnerability(), null, search.familyId(),
                    search.within(), PersonSearch.Sort.SUPERVISED_FROM, false, search.page());
        }
        return persons.search(search).map(p -> p.toView().visibleIn(visible));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
