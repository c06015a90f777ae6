package org.suaka.registry.internal.application;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.persistence.FigureLedger;

/**
 * Gives the persons recorded before the supervision figures were kept their figures, once, at start: the
 * persons with a stay and no span are read in batches by id, so a later start finds none and costs one
 * query. The compaction folds what this writes.
 */
@Startup
@Singleton
@DependsOn("RegistrySchemaMigration")
public class FigureBackfill {

    private static final Logger LOG = Logger.getLogger(FigureBackfill.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    FigureLedger figures;

    @PostConstruct
    void backfill() {
        int filled = 0;
        String after = "";
        List<?> batch;
        do {
            batch = em.createNativeQuery("select p.ID from REG_PERSON p where p.ID > ?"
                            + " and exists (select 1 from REG_OFFICE_STAY s where s.PERSON_ID = p.ID)"
                            + " and not exists (select 1 from REG_FIGURE_SPAN f where f.PERSON_ID = p.ID) order by p.ID")
                    .setParameter(1, after).setMaxResults(BATCH).getResultList();
            figures.refresh(batch.stream().map(id -> PersonId.parse(id.toString()).orElseThrow()).toList());
            em.clear();
            filled += batch.size();
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).toString();
        } while (batch.size() == BATCH);
        int total = filled;
        if (total > 0) {
            LOG.info(() -> "Supervision figures made for " + total + " persons recorded before they were kept");
        }
    }
}
