package org.suaka.registry.internal.persistence;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.suaka.platform.persistence.SchemaMigrator;

/**
 * Applies the registry's changelog when the module starts, before any request is served.
 */
@Startup
@Singleton
public class RegistrySchemaMigration {

    /** The classpath path of the registry's Liquibase changelog. */
    public static final String CHANGELOG = "org/suaka/registry/internal/db/changelog.xml";

    @Resource(lookup = "jdbc/suaka")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        new SchemaMigrator(getClass().getClassLoader(), CHANGELOG).migrate(dataSource);
    }
}
