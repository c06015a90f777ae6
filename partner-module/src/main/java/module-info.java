/**
 * Partner organisations (IOM, UNHCR, local government, police) and their visits. It reads the registry through its api only.
 */
module org.suaka.partner {
    requires transitive org.suaka.platform;
    requires transitive org.suaka.registry;
    requires transitive jakarta.validation;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.security;
    requires java.sql;

    exports org.suaka.partner.api;

    opens org.suaka.partner.internal.domain;
    opens org.suaka.partner.internal.application;
    opens org.suaka.partner.internal.persistence;
}
