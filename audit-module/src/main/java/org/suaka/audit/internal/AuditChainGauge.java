package org.suaka.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The length of the audit chain as the metric {@code suaka_audit_chain_length}: the position of the last
 * chained entry, read from the chain's head row when the metrics are scraped. A chain that stops growing
 * while the server is busy means the chainer has stopped.
 */
@ApplicationScoped
public class AuditChainGauge {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object event) {
        registry.gauge(Metadata.builder().withName("suaka.audit.chain.length")
                .withDescription("Entries chained into the audit trail").withUnit(MetricUnits.NONE).build(),
                this, AuditChainGauge::length);
    }

    /** @return the position of the last chained entry, 0 before the first */
    long length() {
        return em.createQuery("SELECT h.lastSeq FROM AuditHead h", Long.class).getResultStream()
                .findFirst().orElse(0L);
    }
}
