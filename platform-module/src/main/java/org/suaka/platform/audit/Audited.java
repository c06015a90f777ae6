package org.suaka.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Puts every call of a service on the audit trail. Placed on a service implementation class, it covers
 * each of its methods; a method that changes records says so with {@code write = true}, so that the
 * trail also keeps the fields before and after (see {@link AuditedChanges}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** @return whether the method changes records, so that its before and after values are kept */
    @Nonbinding
    boolean write() default false;
}
