/**
 * The demo data of the embedded default: Rudenim Kupang's seed scenario, loaded through the module apis.
 * Only the demo server and the integration tests put it into the EAR.
 */
module org.suaka.demo {
    requires org.suaka.platform;
    requires org.suaka.office;
    requires org.suaka.registry;
    requires org.suaka.shelter;
    requires org.suaka.partner;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires microprofile.config.api;
    requires java.logging;

    opens org.suaka.demo;
}
