package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.RetentionService;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Anonymises the cases closed longer ago than the retention period, counted back from the office's today.
 */
@jakarta.ejb.Stateless
@jakarta.annotation.security.DeclareRoles({org.suaka.platform.access.Roles.ADMIN, org.suaka.platform.access.Roles.SUPERVISOR, org.suaka.platform.access.Roles.OFFICER, org.suaka.platform.access.Roles.VIEWER, org.suaka.platform.access.Roles.PARTNER})
@Transactional
@Audited
@RequiresRole(Roles.ADMIN)
public class DefaultRetentionService implements RetentionService {

    private PersonRepository persons;
    private Clock clock;
    private int years;

    protected DefaultRetentionService() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     * @param clock the office clock
     * @param years how many years a closed case keeps its personal data
     */
    @Inject
    public DefaultRetentionService(PersonRepository persons, Clock clock,
            @ConfigProperty(name = "suaka.retention.closed-case-years", defaultValue = "10") int years) {
        this.persons = persons;
        this.clock = clock;
        this.years = years;
    }

    @Audited(write = true)
    @Override
    public RetentionRun anonymiseExpired() {
        LocalDate cutoff = LocalDate.now(clock).minusYears(years);
        List<Person> closed = persons.closedBefore(cutoff);
        closed.forEach(Person::anonymise);
        return new RetentionRun(cutoff, closed.size());
    }
}
