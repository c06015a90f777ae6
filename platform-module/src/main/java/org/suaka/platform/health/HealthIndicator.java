package org.suaka.platform.health;

import java.util.Optional;

/**
 * Something a module needs in order to serve, that the server's readiness check asks about. A module
 * implements it as a CDI bean; the readiness endpoint lists every indicator by name and answers DOWN while
 * any of them reports a problem. An indicator is asked every few seconds by load balancers and
 * orchestrators, so it must answer from what it already knows or with one cheap query.
 */
public interface HealthIndicator {

    /** @return a short name for the readiness document, e.g. {@code report-templates} */
    String name();

    /** @return what stops the module from serving, or empty when it can serve */
    Optional<String> problem();
}
