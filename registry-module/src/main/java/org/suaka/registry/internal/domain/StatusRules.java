package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;

/**
 * What a change of supervision status must satisfy: a transition the status allows, a reason that belongs
 * to the new status, the destination the reason needs, and a day between the last change and today.
 */
public final class StatusRules {

    private StatusRules() {
    }

    /**
     * @param current the person's status
     * @param change the change asked for
     * @param lastChange the day of the person's last change (their first day of supervision at least)
     * @param today the office's today
     * @return the change's destination, normalised: an upper-case country code, or the detention house's
     *     name stripped; null when the reason needs none
     * @throws BusinessRuleException ({@code status-change-refused}) when the status may not follow the current
     * @throws InvalidFieldException naming the field that does not fit
     */
    public static String check(SupervisionStatus current, ChangeStatus change, LocalDate lastChange, LocalDate today) {
        if (!current.mayChangeTo(change.status())) {
            throw new BusinessRuleException("status-change-refused", refusal(current, change.status()));
        }
        if (change.effectiveOn().isAfter(today)) {
            throw new InvalidFieldException("effectiveOn", "A status cannot change after today (" + today + ")");
        }
        if (change.effectiveOn().isBefore(lastChange)) {
            throw new InvalidFieldException("effectiveOn", "The person's status last changed on " + lastChange
                    + ": a later change cannot take effect before it");
        }
        StatusReason reason = change.reason();
        boolean needsReason = change.status() == SupervisionStatus.OUTSIDE_SHELTER
                || change.status() == SupervisionStatus.DEPARTED;
        if (needsReason && reason == null) {
            throw new InvalidFieldException("reason", "Say why the person is " + change.status());
        }
        if (reason != null && reason.status() != change.status()) {
            throw new InvalidFieldException("reason", reason + " explains " + reason.status() + ", not "
                    + change.status());
        }
        return destination(reason, change.destination());
    }

    private static String destination(StatusReason reason, String given) {
        boolean blank = given == null || given.isBlank();
        if (reason == null || !reason.needsDestination()) {
            if (!blank) {
                throw new InvalidFieldException("destination", "Only a resettlement or a transfer has a destination");
            }
            return null;
        }
        if (blank) {
            throw new InvalidFieldException("destination", reason == StatusReason.RESETTLED
                    ? "Name the country of resettlement" : "Name the detention house the person was transferred to");
        }
        if (reason == StatusReason.RESETTLED) {
            String country = given.strip().toUpperCase(Locale.ROOT);
            if (!Nationalities.isKnown(country)) {
                throw new InvalidFieldException("destination", "'" + given.strip()
                        + "' is not an ISO 3166-1 alpha-3 country code");
            }
            return country;
        }
        return given.strip();
    }

    private static String refusal(SupervisionStatus current, SupervisionStatus next) {
        if (current == SupervisionStatus.DEPARTED) {
            return "The person departed from supervision: a departure is final; register them again if they return";
        }
        if (next == current) {
            return "The person is " + current + " already";
        }
        return "A person is " + SupervisionStatus.FOUND + " only when registered, not after " + current;
    }
}
