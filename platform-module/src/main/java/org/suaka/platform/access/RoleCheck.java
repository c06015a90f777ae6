package org.suaka.platform.access;

import java.io.Serializable;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.suaka.platform.api.AccessDeniedException;

/**
 * Enforces {@link RequiresRole} on service methods, denying by default: a call with no signed-in user is
 * refused unless it is made by a named system job ({@link SystemIdentity}), which the audit trail shows.
 */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class RoleCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        RequiresRole rule = invocation.getMethod().getAnnotation(RequiresRole.class);
        if (rule == null) {
            rule = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        if (rule != null) {
            if (caller.isUser()) {
                if (Arrays.stream(rule.value()).noneMatch(caller::isInRole)) {
                    throw new AccessDeniedException("Your role may not " + invocation.getMethod().getName());
                }
            } else if (SystemIdentity.current().isEmpty()) {
                throw new AccessDeniedException("Sign in first: no one may " + invocation.getMethod().getName()
                        + " anonymously");
            }
        }
        return invocation.proceed();
    }
}
