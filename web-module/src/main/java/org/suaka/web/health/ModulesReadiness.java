package org.suaka.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.suaka.platform.health.HealthIndicator;

/**
 * Ready when every module that reports through a kernel health indicator can serve (for example, every
 * installed report template compiled). Each indicator is listed by name with its problem, if any.
 */
@Readiness
@ApplicationScoped
public class ModulesReadiness implements HealthCheck {

    @Inject
    Instance<HealthIndicator> indicators;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("modules").up();
        for (HealthIndicator indicator : indicators) {
            var problem = indicator.problem();
            response.withData(indicator.name(), problem.orElse("UP"));
            if (problem.isPresent()) {
                response.down();
            }
        }
        return response.build();
    }
}
