package org.suaka.audit.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The single writer of the chain: every second (and on demand, before a verification) it links the
 * entries written meanwhile, a block of up to {@value ChainBuilder#BLOCK} per transaction. Requests only
 * insert rows, so they never wait for one another on the chain.
 */
@Startup
@Singleton
@DependsOn("AuditSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainer {

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
    private static final long INTERVAL_MILLIS = 1000;

    @Inject
    ChainBlocks blocks;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("audit-chainer", false));
    }

    @Timeout
    void tick() {
        try {
            chainPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit chaining failed; the entries wait for the next run", e);
        }
    }

    /**
     * Chains every entry that waits, block by block.
     *
     * @return how many entries were chained
     */
    public long chainPending() {
        long chained = 0;
        int block;
        do {
            block = blocks.chainBlock();
            chained += block;
        } while (block == ChainBuilder.BLOCK);
        return chained;
    }
}
