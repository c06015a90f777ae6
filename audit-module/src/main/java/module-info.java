/**
 * The audit trail: the implementation of the kernel's audit contract, and the administrators' view of it.
 */
module org.suaka.audit {
    requires transitive org.suaka.platform;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.validation;
    requires java.sql;
    requires microprofile.config.api;
    requires microprofile.metrics.api;

    exports org.suaka.audit.api;

    opens org.suaka.audit.internal;
}
