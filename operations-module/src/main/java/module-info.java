/**
 * What keeps an installation running beyond the domain: online backups of the embedded database.
 */
module org.suaka.operations {
    requires transitive org.suaka.platform;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.annotation;
    requires jakarta.ejb;
    requires java.sql;
    requires microprofile.config.api;

    exports org.suaka.operations.api;

    opens org.suaka.operations.internal;
}
