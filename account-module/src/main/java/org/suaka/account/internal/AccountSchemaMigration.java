package org.suaka.account.internal;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the account module's changelog when the module starts.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the account module's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/account/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
