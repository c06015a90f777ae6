package org.suaka.platform.api;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;

/** A broken constraint's message in the reader's language, whatever the language of the server. */
public final class Violations {

    private static final MessageInterpolator INTERPOLATOR = Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    private Violations() {
    }

    /**
     * @param violation a broken constraint
     * @param locale the reader's language
     * @return its message in that language
     */
    public static String text(jakarta.validation.ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("No provider-specific context here");
            }
        }, locale);
    }
}
