package org.suaka.registry.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.NameKey;
import org.suaka.registry.internal.domain.NameKeys;
import org.suaka.registry.internal.domain.Person;

/**
 * Gives the persons registered before name keys existed their keys, once, at start: those with no
 * searchable word key are read in batches by id (an anti-join on the person index of {@code REG_NAME_KEY})
 * and given their word keys, and their spelling skeletons when they had none, so a later start finds none
 * and costs one query. Anonymised persons are left without keys.
 */
@Startup
@Singleton
@DependsOn("RegistrySchemaMigration")
public class NameKeyBackfill {

    private static final Logger LOG = Logger.getLogger(NameKeyBackfill.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @PostConstruct
    void backfill() {
        int filled = 0;
        String after = "";
        List<Object[]> batch;
        do {
            batch = em.createQuery("select p.id, p.givenName, p.familyName, p.dateOfBirth,"
                            + " (select count(s) from NameKey s where s.personId = p.id) from Person p"
                            + " where p.id > :after and p.givenName <> :anonymous and not exists"
                            + " (select k from NameKey k where k.personId = p.id and k.nameKey like :word) order by p.id",
                            Object[].class)
                    .setParameter("after", after).setParameter("anonymous", Person.ANONYMOUS)
                    .setParameter("word", NameKeys.WORD + "%").setMaxResults(BATCH).getResultList();
            for (Object[] row : batch) {
                PersonId id = PersonId.parse((String) row[0]).orElseThrow();
                int year = ((LocalDate) row[3]).getYear();
                Set<String> keys = new LinkedHashSet<>(NameKeys.words((String) row[1], (String) row[2]));
                if (((Number) row[4]).longValue() == 0) {
                    keys.addAll(NameKeys.of((String) row[1], (String) row[2]));
                }
                keys.forEach(key -> em.persist(new NameKey(id, key, year)));
                after = (String) row[0];
            }
            em.flush();
            filled += batch.size();
        } while (batch.size() == BATCH);
        int total = filled;
        if (total > 0) {
            LOG.info(() -> "Name keys made for " + total + " persons registered before the keys of their kind");
        }
    }
}
