/**
 * Shelters and who stays in them when. It reads the registry through its api only.
 */
module org.suaka.shelter {
    requires transitive org.suaka.platform;
    requires transitive org.suaka.registry;
    requires transitive jakarta.validation;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires java.sql;

    exports org.suaka.shelter.api;

    opens org.suaka.shelter.internal.domain;
    opens org.suaka.shelter.internal.application;
    opens org.suaka.shelter.internal.persistence;
}
