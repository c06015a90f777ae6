package org.suaka.partner.internal.persistence;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the partner's changelog when the module starts, before any request is served.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PartnerSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the partner's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/partner/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
