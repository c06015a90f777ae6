/**
 * The Suaka kernel: contracts every domain module may use, and nothing domain-specific.
 */
module org.suaka.platform {
    requires liquibase.core;
    requires java.sql;
    requires java.desktop;
    requires org.apache.pdfbox;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.security;
    requires jakarta.interceptor;
    requires jakarta.ejb;
    requires jakarta.transaction;
    requires microprofile.config.api;
    requires jakarta.validation;

    exports org.suaka.platform.api;
    exports org.suaka.platform.access;
    exports org.suaka.platform.persistence;
    opens org.suaka.platform.persistence;
    exports org.suaka.platform.time;
    exports org.suaka.platform.audit;
    exports org.suaka.platform.health;
    exports org.suaka.platform.office;
}
