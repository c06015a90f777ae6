package org.suaka.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.suaka.platform.time.PlausibleDateValidator;

/**
 * A day in a person's record: from 1 January 1900 and not after today in the office (the validator's clock
 * is the office clock, see {@link org.suaka.platform.time.OfficeClockProvider}). Null passes; pair with
 * {@code @NotNull} where the day is required.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** @return the message key */
    String message() default "{org.suaka.date.plausible}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
