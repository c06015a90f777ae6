package org.suaka.web.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.suaka.platform.api.Violations;

/**
 * Labels of the staff interface in the current view's language, and messages shown to the user.
 */
final class Messages {

    static final String BUNDLE = "org.suaka.web.ui.messages";

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * @param key a key that may be missing from the bundle
     * @param fallback the text to show when it is missing
     * @return the key's text in the interface language, or the fallback
     */
    static String textOr(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(), Thread.currentThread().getContextClassLoader());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Locale.forLanguageTag("id") : faces.getViewRoot().getLocale();
    }

    /**
     * @param violation a violation reported by a module's api
     * @return its message in the interface language, whatever language the module used
     */
    static String text(ConstraintViolation<?> violation) {
        return Violations.text(violation, locale());
    }

    /**
     * Shows each violation beside its field of the form, and a summary above it.
     *
     * @param form the form's id
     * @param violations what the module refused
     */
    static void besideFields(String form, ConstraintViolationException violations) {
        violations.getConstraintViolations().forEach(v -> error(form + ":" + FieldIds.of(v.getPropertyPath().toString()),
                text(v)));
        error(null, text("common.invalid"));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
