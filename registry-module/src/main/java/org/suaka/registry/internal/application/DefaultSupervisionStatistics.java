package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.api.Tally;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.PersonRepository.GroupingAttribute;

/**
 * Supervision statistics straight from the database's GROUP BY.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultSupervisionStatistics implements SupervisionStatistics {

    private PersonRepository persons;

    protected DefaultSupervisionStatistics() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     */
    @Inject
    public DefaultSupervisionStatistics(PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    public long countUnderSupervision(LocalDate date) {
        return persons.countUnderSupervision(date);
    }

    @Override
    public List<Tally> byNationality(LocalDate date) {
        return persons.tallyUnderSupervision(GroupingAttribute.NATIONALITY, date);
    }

    @Override
    public List<Tally> bySex(LocalDate date) {
        return persons.tallyUnderSupervision(GroupingAttribute.SEX, date);
    }
}
