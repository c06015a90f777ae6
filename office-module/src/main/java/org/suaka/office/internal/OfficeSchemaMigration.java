package org.suaka.office.internal;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the office module's changelog when the module starts.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OfficeSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the office module's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/office/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
