package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Anonymises closed cases once their retention period is over (UU 27/2022): personal fields are
 * cleared, while sex, nationality and supervision dates stay, so statistics remain correct.
 */
public interface RetentionService {

    /**
     * @param cutoff persons whose supervision ended before this day are anonymised
     * @return how many persons were anonymised now
     */
    int anonymiseClosedBefore(@NotNull LocalDate cutoff);
}
