package org.suaka.reporting.internal.archive;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the reporting's changelog when the module starts, before any request is served.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportingSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the reporting's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/reporting/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
