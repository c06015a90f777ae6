package org.suaka.platform.access;

import java.io.Serializable;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;

import org.suaka.platform.api.AccessDeniedException;

/**
 * Enforces {@link RequiresRole} on service methods. Work the container does without a caller (start-up,
 * scheduled jobs) is not a user's request and passes.
 */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class RoleCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        RequiresRole rule = invocation.getMethod().getAnnotation(RequiresRole.class);
        if (rule == null) {
            rule = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        if (rule != null && security.getCallerPrincipal() != null
                && Arrays.stream(rule.value()).noneMatch(security::isCallerInRole)) {
            throw new AccessDeniedException("Your role may not " + invocation.getMethod().getName());
        }
        return invocation.proceed();
    }
}
