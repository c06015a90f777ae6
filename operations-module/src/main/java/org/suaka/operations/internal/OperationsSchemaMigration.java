package org.suaka.operations.internal;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the operations module's changelog when the module starts.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OperationsSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the operations module's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/operations/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
