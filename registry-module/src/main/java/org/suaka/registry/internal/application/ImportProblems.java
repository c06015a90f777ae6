package org.suaka.registry.internal.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.validation.ConstraintViolation;

import org.suaka.platform.api.Violations;

/**
 * Why a row of an import is refused, in the language of the officer who imports it: each reason as
 * {@code field: what is wrong}, with the field named as the registration form names it.
 */
final class ImportProblems {

    private static final String BUNDLE = "org.suaka.registry.internal.application.ImportProblems";

    private final Locale locale;
    private final ResourceBundle texts;

    /** @return reasons that no one reads, for a row already judged */
    static ImportProblems silent() {
        return new ImportProblems(Locale.ENGLISH);
    }

    /** @param locale the officer's language: Indonesian, or English for any other */
    ImportProblems(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale, ImportProblems.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param field the field at fault, as the registration form names it (e.g. {@code dateOfBirth})
     * @param key what is wrong, a key of the bundle
     * @param arguments the values the text quotes
     * @return the reason
     */
    String of(String field, String key, Object... arguments) {
        return label(field) + ": " + new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /**
     * @param violation a constraint of the registration form the row breaks
     * @return the reason
     */
    String of(ConstraintViolation<?> violation) {
        return label(violation.getPropertyPath().toString()) + ": " + Violations.text(violation, locale);
    }

    /**
     * @param field the field at fault, or a rule's name
     * @param message what the registry said, in its own words
     * @return the reason
     */
    String said(String field, String message) {
        return label(field) + ": " + message;
    }

    private String label(String field) {
        try {
            return texts.getString("field." + field);
        } catch (MissingResourceException unknown) {
            return field;
        }
    }
}
