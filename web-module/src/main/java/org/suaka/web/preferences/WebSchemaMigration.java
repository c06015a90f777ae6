package org.suaka.web.preferences;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the web module's changelog when the WAR starts.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class WebSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the web module's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/web/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
