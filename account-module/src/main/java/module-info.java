/**
 * What Suaka keeps about its users beyond the user registry: their own settings.
 */
module org.suaka.account {
    requires transitive org.suaka.platform;
    requires transitive jakarta.validation;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires java.sql;

    exports org.suaka.account.api;

    opens org.suaka.account.internal;
}
