package org.suaka.web.security;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.AuditLog;
import org.suaka.web.CallOriginFilter;

/**
 * Puts sign-ins (OK, FAILED, THROTTLED) and sign-outs on the audit trail, from the login form or the API.
 * Sign-in is decided before any filter runs, so the origin is read from the request here.
 */
@ApplicationScoped
public class SignInTrail {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * @param request the request that carried the attempt
     * @param userName the name given
     * @param operation {@code SIGN_IN} or {@code SIGN_OUT}
     * @param outcome {@code OK}, {@code FAILED} or {@code THROTTLED}
     */
    public void record(HttpServletRequest request, String userName, String operation, String outcome) {
        String name = userName == null || userName.isBlank() ? "anonymous" : userName.strip();
        audit.append(new AuditEvent(clock.instant(), name, operation, "user", name, outcome, null,
                CallOriginFilter.originOf(request)));
    }
}
