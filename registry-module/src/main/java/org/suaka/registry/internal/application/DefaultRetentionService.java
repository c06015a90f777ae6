package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.RetentionService;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Anonymises the cases closed longer ago than the retention period, counted back from the office's today.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole(Roles.ADMIN)
public class DefaultRetentionService implements RetentionService {

    private PersonRepository persons;
    private FigureLedger figures;
    private Clock clock;
    private int years;

    public DefaultRetentionService() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     * @param figures keeps the supervision figures in line with the records (an anonymised date of birth
     *     moves a person's age bands)
     * @param clock the office clock
     * @param years how many years a closed case keeps its personal data
     */
    @Inject
    public DefaultRetentionService(PersonRepository persons, FigureLedger figures, Clock clock,
            @ConfigProperty(name = "suaka.retention.closed-case-years", defaultValue = "10") int years) {
        this.persons = persons;
        this.figures = figures;
        this.clock = clock;
        this.years = years;
    }

    @Audited(write = true)
    @Override
    public RetentionRun anonymiseExpired() {
        LocalDate cutoff = LocalDate.now(clock).minusYears(years);
        List<Person> closed = persons.closedBefore(cutoff);
        closed.forEach(person -> {
            person.anonymise();
            persons.replaceNameKeys(person.id(), java.util.Set.of(), 0);
        });
        figures.refresh(closed.stream().map(Person::id).toList());
        return new RetentionRun(cutoff, closed.size());
    }
}
