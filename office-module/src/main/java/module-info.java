/**
 * The offices of one installation and which office each user works for. Implements the kernel's
 * {@link org.suaka.platform.office.OfficeScope}.
 */
module org.suaka.office {
    requires transitive org.suaka.platform;
    requires transitive jakarta.validation;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires microprofile.config.api;
    requires java.sql;
    requires java.desktop;

    exports org.suaka.office.api;

    opens org.suaka.office.internal;
}
