package org.suaka.web.ui;

import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.StaleVersionException;

/**
 * What a create or correction form shows when a service refuses what was typed: each invalid field's
 * message beside the field, and a rule, a stale version or a refusal at the top of the form. A broken
 * rule is shown in the interface language when the bundle names it ({@code rule.<code>}), otherwise as
 * the module wrote it. The one pattern for every form of the staff interface.
 */
final class FormFailures {

    private FormFailures() {
    }

    /**
     * Runs a form's action: its outcome when the service accepts, or null (stay on the form) with the
     * refusal shown when it does not.
     *
     * @param form the form's id
     * @param action calls the service and returns the page to go to
     * @return the page to go to, or null
     */
    static String submit(String form, Supplier<String> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            show(form, e);
            return null;
        }
    }

    /**
     * @param form the form's id
     * @param failure what the service threw, possibly wrapped by the container
     * @throws RuntimeException the failure itself when it is none of the refusals a user can act on
     */
    static void show(String form, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violations) {
                Messages.besideFields(form, violations);
                return;
            }
            if (t instanceof InvalidFieldException invalid) {
                Messages.error(form + ":" + invalid.field(), invalid.getMessage());
                return;
            }
            if (t instanceof StaleVersionException) {
                Messages.error(null, Messages.text("common.staleVersion"));
                return;
            }
            if (t instanceof BusinessRuleException rule) {
                Messages.error(null, Messages.textOr("rule." + rule.rule(), rule.getMessage()));
                return;
            }
            if (t instanceof AccessDeniedException) {
                Messages.error(null, Messages.text("common.forbidden"));
                return;
            }
        }
        throw failure;
    }
}
