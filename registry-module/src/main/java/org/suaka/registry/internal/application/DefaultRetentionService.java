package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.registry.api.RetentionService;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Anonymises closed cases in one transaction.
 */
@ApplicationScoped
@Transactional
public class DefaultRetentionService implements RetentionService {

    private PersonRepository persons;

    protected DefaultRetentionService() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     */
    @Inject
    public DefaultRetentionService(PersonRepository persons) {
        this.persons = persons;
    }

    @RequiresRole(Roles.ADMIN)
    @Override
    public int anonymiseClosedBefore(LocalDate cutoff) {
        List<Person> closed = persons.closedBefore(cutoff);
        closed.forEach(Person::anonymise);
        return closed.size();
    }
}
