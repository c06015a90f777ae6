package org.suaka.platform.audit;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.suaka.platform.access.Caller;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.StaleVersionException;

/**
 * Puts each call of an {@link Audited} service on the trail: who, when, which operation, which record,
 * the outcome (refused calls too), where from and why, and for writes the fields before and after. It runs
 * outside the role check, so that refused attempts are recorded as well. A call that an audited service
 * makes to another one during the same operation is part of the outer operation and is not recorded
 * twice.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 50)
public class AuditRecorder implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private transient AuditLog log;

    @Inject
    transient Caller caller;

    @Inject
    transient AuditedChanges changes;

    @Inject
    transient Clock clock;

    /**
     * The audit module's log, looked up when first needed rather than injected: this interceptor lives in
     * the kernel library, and a library's beans may not see the beans of the modules beside it (Weld on
     * GlassFish and Payara refuses the deployment; Open Liberty allows it).
     */
    private AuditLog trail() {
        if (log == null) {
            log = CDI.current().select(AuditLog.class).get();
        }
        return log;
    }

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        int depth = DEPTH.get();
        if (depth > 0) {
            return invocation.proceed();
        }
        DEPTH.set(1);
        Object result = null;
        Exception failure = null;
        try {
            result = invocation.proceed();
            return result;
        } catch (Exception e) {
            failure = e;
            throw e;
        } finally {
            DEPTH.remove();
            Object before = changes.take();
            trail().append(eventOf(invocation, result, before, failure));
        }
    }

    private AuditEvent eventOf(InvocationContext invocation, Object result, Object before, Exception failure) {
        Method method = invocation.getMethod();
        Optional<Object> id = recordId(invocation.getParameters(), result);
        String recordId = id.map(String::valueOf).orElse(null);
        String recordType = id.map(i -> typeName(i.getClass().getSimpleName(), "Id"))
                .orElseGet(() -> typeName(serviceName(method), "Service"));
        List<FieldChange> fields = failure == null && isWrite(method)
                ? ChangeSet.between(before, unwrap(result), recordId)
                : List.of();
        return new AuditEvent(clock.instant(), caller.name().orElse("anonymous"),
                serviceName(method) + "." + method.getName(), recordType, recordId, outcome(failure), fields,
                CallOrigin.current());
    }

    private static boolean isWrite(Method method) {
        Audited rule = method.getAnnotation(Audited.class);
        return rule != null && rule.write();
    }

    /** The api interface the method belongs to, so that the trail names the contract, not the class. */
    private static String serviceName(Method method) {
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                type.getMethod(method.getName(), method.getParameterTypes());
                return type.getSimpleName();
            } catch (NoSuchMethodException e) {
                // not this interface's method; look at the next
            }
        }
        return method.getDeclaringClass().getSimpleName();
    }

    private static String typeName(String name, String suffix) {
        String base = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
        return base.isEmpty() ? null : base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1);
    }

    private static Object unwrap(Object result) {
        return result instanceof Optional<?> optional ? optional.orElse(null) : result;
    }

    /** The first argument that is a typed record id, else the id of the returned record. */
    private static Optional<Object> recordId(Object[] arguments, Object result) {
        for (Object argument : arguments == null ? new Object[0] : arguments) {
            if (isTypedId(argument)) {
                return Optional.of(argument);
            }
        }
        Object returned = unwrap(result);
        if (returned != null && returned.getClass().isRecord()) {
            for (RecordComponent component : returned.getClass().getRecordComponents()) {
                if ("id".equals(component.getName())) {
                    try {
                        return Optional.ofNullable(component.getAccessor().invoke(returned));
                    } catch (ReflectiveOperationException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A typed id is a record of one UUID, such as {@code PersonId}. */
    private static boolean isTypedId(Object argument) {
        if (argument == null || !argument.getClass().isRecord()) {
            return false;
        }
        RecordComponent[] components = argument.getClass().getRecordComponents();
        return components.length == 1 && components[0].getType() == UUID.class;
    }

    private static String outcome(Exception failure) {
        if (failure == null) {
            return "OK";
        }
        if (failure instanceof AccessDeniedException) {
            return "DENIED";
        }
        if (failure instanceof RecordNotFoundException) {
            return "NOT_FOUND";
        }
        if (failure instanceof InvalidFieldException || failure instanceof jakarta.validation.ValidationException) {
            return "INVALID";
        }
        if (failure instanceof BusinessRuleException || failure instanceof StaleVersionException) {
            return "CONFLICT";
        }
        return "FAILED";
    }
}
