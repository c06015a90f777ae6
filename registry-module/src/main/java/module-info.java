/**
 * The registry: who the office supervises. It depends on no other domain module.
 */
module org.suaka.registry {
    requires transitive org.suaka.platform;
    requires org.suaka.office;
    requires transitive jakarta.validation;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.concurrency;
    requires jakarta.annotation;
    requires java.sql;
    requires microprofile.config.api;

    exports org.suaka.registry.api;

    opens org.suaka.registry.internal.domain;
    opens org.suaka.registry.internal.application;
    opens org.suaka.registry.internal.persistence;
}
