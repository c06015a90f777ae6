package org.suaka.registry.internal.application;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.suaka.registry.internal.persistence.ImportJobs;

/**
 * At start, marks the import jobs the last stop of the server left running as failed: their officer sees
 * why, and applies the job again (it goes on with the rows not applied) or imports the file anew.
 */
@Startup
@Singleton
@DependsOn("RegistrySchemaMigration")
public class ImportJobRecovery {

    private static final Logger LOG = Logger.getLogger(ImportJobRecovery.class.getName());

    @Inject
    ImportJobs jobs;

    @PostConstruct
    void failInterrupted() {
        int stopped = jobs.failInterrupted();
        if (stopped > 0) {
            LOG.warning(() -> stopped + " import jobs were running when the server stopped; they are marked failed");
        }
    }
}
