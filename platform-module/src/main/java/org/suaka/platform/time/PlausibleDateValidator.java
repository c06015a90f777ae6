package org.suaka.platform.time;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.suaka.platform.api.PlausibleDate;

/**
 * Checks {@link PlausibleDate} against the validator's clock, which Suaka's modules set to the office
 * clock.
 */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    /** The earliest plausible day. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        return !value.isBefore(EARLIEST) && !value.isAfter(today);
    }
}
