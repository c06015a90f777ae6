package org.suaka.audit.internal;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.suaka.platform.persistence.StartupSchemaMigration;

/**
 * Applies the audit trail's changelog when the module starts, before any service call is recorded.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSchemaMigration extends StartupSchemaMigration {

    /** The classpath path of the audit trail's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/audit/internal/db/changelog.xml";

    @Override
    protected String changelog() {
        return CHANGELOG;
    }
}
