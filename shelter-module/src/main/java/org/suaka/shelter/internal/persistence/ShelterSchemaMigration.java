package org.suaka.shelter.internal.persistence;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the shelter's changelog when the module starts, before any request is served.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ShelterSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the shelter's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/shelter/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
