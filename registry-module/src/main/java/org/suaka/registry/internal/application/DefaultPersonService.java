package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.EndSupervision;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RecordConsent;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.internal.domain.Consent;
import org.suaka.registry.internal.domain.Nationalities;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.PersonFacts;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Registers persons, enforcing the rules that need the database: a known nationality and a UNHCR
 * number held by one person only. What it returns is limited to the data categories the caller may see.
 */
@ApplicationScoped
@Transactional
public class DefaultPersonService implements PersonService {

    private PersonRepository persons;
    private Clock clock;
    private AccessScope scope;

    protected DefaultPersonService() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     * @param clock the clock that says what day it is
     * @param scope what the caller may see; partner staff see only what their organisation was granted
     */
    @Inject
    public DefaultPersonService(PersonRepository persons, Clock clock, AccessScope scope) {
        this.persons = persons;
        this.clock = clock;
        this.scope = scope;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Override
    public PersonView register(RegisterPerson command) {
        if (!Nationalities.isKnown(command.nationality())) {
            throw new InvalidFieldException("nationality",
                    "'" + command.nationality() + "' is not an ISO 3166-1 alpha-3 country code");
        }
        String unhcr = command.unhcrNumber();
        if (unhcr != null && !unhcr.isBlank() && persons.existsWithUnhcrNumber(unhcr.strip())) {
            throw new BusinessRuleException("unhcr-number-taken",
                    "UNHCR number " + unhcr.strip() + " is already registered to another person");
        }
        Person person = new Person(PersonId.random(), PersonFacts.of(command, LocalDate.now(clock)));
        persons.add(person);
        return person.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Override
    public PersonView endSupervision(PersonId id, EndSupervision command) {
        Person person = persons.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        person.endSupervision(command.until(), command.version());
        persons.flush();
        return person.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Override
    public ConsentView recordConsent(PersonId id, RecordConsent command) {
        if (persons.find(id).isEmpty()) {
            throw new PersonNotFoundException(id);
        }
        Consent consent = new Consent(id, command);
        persons.add(consent);
        return consent.toView();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentView> consentsOf(PersonId id) {
        return persons.consentsOf(id).stream().map(Consent::toView).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonView> find(PersonId id) {
        return persons.find(id).map(Person::toView).map(v -> v.visibleIn(scope.visibleToCaller()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<PersonId, PersonView> findAll(Collection<PersonId> ids) {
        Set<DataCategory> visible = scope.visibleToCaller();
        return persons.findAll(ids).stream().map(Person::toView).map(v -> v.visibleIn(visible))
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(PersonId id) {
        return persons.find(id).isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<PersonView> search(PersonSearch search) {
        Set<DataCategory> visible = scope.visibleToCaller();
        return persons.search(search).map(p -> p.toView().visibleIn(visible));
    }
}
