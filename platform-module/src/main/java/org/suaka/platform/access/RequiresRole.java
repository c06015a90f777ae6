package org.suaka.platform.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * A service method only callers in one of the given roles may call. Checked by {@link RoleCheck} in the
 * service layer, behind the same rule in the web layer, so that a path that forgets the web rule is
 * still refused.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {

    /** @return the roles allowed */
    @Nonbinding
    String[] value();
}
