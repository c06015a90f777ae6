package org.suaka.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import org.suaka.platform.persistence.SchemaMigrator;

/**
 * A fresh in-memory Derby database per instance, migrated with a module's own changelog, and the
 * module's persistence unit switched to RESOURCE_LOCAL on top of it. The same persistence.xml and
 * changelog as in production are used; only the transaction type and the connection differ.
 */
public final class InMemoryPersistence implements AutoCloseable {

    private final String url;
    private final Connection keepAlive;
    private final EntityManagerFactory factory;

    /**
     * @param persistenceUnit the module's persistence unit name
     * @param changelogs the changelogs to apply, in order (a module's own, plus any it reads in tests)
     */
    public InMemoryPersistence(String persistenceUnit, String... changelogs) {
        this.url = "jdbc:derby:memory:" + persistenceUnit + "-" + UUID.randomUUID();
        try {
            this.keepAlive = DriverManager.getConnection(url + ";create=true");
            for (String changelog : changelogs) {
                new SchemaMigrator(Thread.currentThread().getContextClassLoader(), changelog).migrate(keepAlive);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create in-memory Derby " + url, e);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("eclipselink.logging.level", "WARNING");
        this.factory = Persistence.createEntityManagerFactory(persistenceUnit, properties);
    }

    /** @return a new entity manager; the caller closes it */
    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /**
     * Runs work in one committed transaction on a new entity manager.
     *
     * @param work what to do
     * @param <T> the result type
     * @return what the work returned
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Runs work in one committed transaction on a new entity manager.
     *
     * @param work what to do
     */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** @return a plain JDBC connection to the same database, for assertions on raw tables */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        factory.close();
        keepAlive.close();
    }
}
