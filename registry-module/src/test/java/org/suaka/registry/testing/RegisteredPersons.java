package org.suaka.registry.testing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.UpdatePerson;

/**
 * The registry as other modules' unit tests see it. The registry's implementation lies behind the
 * module fence, so those tests keep registered persons in a map; the real registry is exercised across
 * modules by the Arquillian tests in app-ear.
 */
public final class RegisteredPersons implements PersonService {

    private final Map<PersonId, PersonView> persons = new HashMap<>();

    @Override
    public PersonView register(RegisterPerson c, boolean duplicateChecked) {
        PersonView view = new PersonView(PersonId.random(), c.givenName(), c.familyName(), c.sex(), c.dateOfBirth(),
                c.nationality(), c.unhcrNumber(), c.unhcrCaseNumber(), null,
                c.supervisedFrom() == null ? LocalDate.now() : c.supervisedFrom(), null,
                org.suaka.registry.api.SupervisionStatus.FOUND, org.suaka.platform.office.OfficeId.FIRST, 0);
        persons.put(view.id(), view);
        return view;
    }

    @Override
    public PersonView update(PersonId id, UpdatePerson c) {
        PersonView p = get(id);
        PersonView view = new PersonView(id, pick(c.givenName(), p.givenName()), pick(c.familyName(), p.familyName()),
                pick(c.sex(), p.sex()), pick(c.dateOfBirth(), p.dateOfBirth()), pick(c.nationality(), p.nationality()),
                pick(c.unhcrNumber(), p.unhcrNumber()), pick(c.unhcrCaseNumber(), p.unhcrCaseNumber()), p.unhcrStatus(),
                pick(c.supervisedFrom(), p.supervisedFrom()), p.supervisedUntil(), p.status(), p.office(), p.version() + 1);
        persons.put(id, view);
        return view;
    }

    private static <T> T pick(T changed, T current) {
        return changed == null ? current : changed;
    }

    @Override
    public Optional<PersonView> find(PersonId id) {
        return Optional.ofNullable(persons.get(id));
    }

    @Override
    public Map<PersonId, PersonView> findAll(Collection<PersonId> ids) {
        Map<PersonId, PersonView> found = new HashMap<>();
        ids.stream().filter(persons::containsKey).forEach(id -> found.put(id, persons.get(id)));
        return found;
    }

    @Override
    public PersonView endSupervision(PersonId id, org.suaka.registry.api.EndSupervision command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public org.suaka.registry.api.ConsentView recordConsent(PersonId id, org.suaka.registry.api.RecordConsent command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public org.suaka.registry.api.ConsentView correctConsent(PersonId personId, org.suaka.registry.api.ConsentId consentId,
            org.suaka.registry.api.UpdateConsent command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.ConsentView> consentsOf(PersonId id) {
        return java.util.List.of();
    }

    @Override
    public boolean exists(PersonId id) {
        return persons.containsKey(id);
    }

    @Override
    public ResultPage<PersonView> search(PersonSearch search) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<PersonView> transfer(PersonId id, org.suaka.registry.api.TransferPerson command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.OfficeStayView> officeHistory(PersonId id) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.DuplicateCandidate> duplicatesOf(PersonId id) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.DuplicateCandidate> duplicateCandidates(
            org.suaka.registry.api.RegisterPerson draft) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public org.suaka.registry.api.SelfReportView recordSelfReport(PersonId id,
            org.suaka.registry.api.RecordSelfReport command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.SelfReportView> selfReportsOf(PersonId id) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public ResultPage<PersonView> withoutSelfReport(java.time.YearMonth month, int months,
            org.suaka.platform.api.PageRequest page) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public PersonView changeStatus(PersonId id, org.suaka.registry.api.ChangeStatus command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.StatusChangeView> statusHistory(PersonId id) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.Set<org.suaka.registry.api.Vulnerability> vulnerabilitiesOf(PersonId id) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.Set<org.suaka.registry.api.Vulnerability> recordVulnerabilities(PersonId id,
            org.suaka.registry.api.VulnerabilityFlags flags) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public PersonView recordUnhcrStatus(PersonId id, org.suaka.registry.api.RecordUnhcrStatus command) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.UnhcrStatusView> unhcrStatusHistory(PersonId id) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }

    @Override
    public java.util.List<org.suaka.registry.api.SelfReportStanding> selfReportStanding(java.time.YearMonth month) {
        throw new UnsupportedOperationException("not needed by other modules' unit tests");
    }
}
