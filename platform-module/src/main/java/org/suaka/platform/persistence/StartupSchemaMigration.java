package org.suaka.platform.persistence;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;

/**
 * Base of each module's start-up migration bean. A module subclasses it as a {@code @Startup @Singleton}
 * with {@code @TransactionManagement(BEAN)}, naming its changelog; the container then applies that
 * changelog to {@code jdbc/suaka} when the module starts, outside any container transaction, so that
 * Liquibase can commit each change set itself.
 */
public abstract class StartupSchemaMigration {

    @Resource(lookup = "jdbc/suaka")
    private DataSource dataSource;

    /** @return the classpath path of the module's changelog */
    protected abstract String changelog();

    @PostConstruct
    void migrate() {
        new SchemaMigrator(getClass().getClassLoader(), changelog()).migrate(dataSource);
    }
}
