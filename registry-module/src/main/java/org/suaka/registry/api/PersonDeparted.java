package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A CDI event the registry fires, inside the transaction that ends a person's supervision, so that other
 * modules (the shelter closes the open placement) react in the same transaction without the registry
 * calling them.
 *
 * @param personId who departed
 * @param lastDay the last day of supervision
 * @param reason why, or null when supervision was ended without one ({@code /end-supervision})
 */
public record PersonDeparted(PersonId personId, LocalDate lastDay, StatusReason reason) {

    public PersonDeparted {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}
