package org.suaka.registry.api;

/**
 * Anonymises closed cases once their retention period is over (UU 27/2022): personal fields are
 * cleared, while sex, nationality and supervision dates stay, so statistics remain correct. The period
 * ({@code suaka.retention.closed-case-years}) and the office's today are the registry's to apply, so the
 * nightly job and an administrator's "run now" cut at the same day.
 */
public interface RetentionService {

    /**
     * @return the cut-off applied and how many persons were anonymised now
     */
    RetentionRun anonymiseExpired();

    /**
     * What one retention run did.
     *
     * @param closedBefore persons whose supervision ended before this day were anonymised
     * @param anonymised how many were anonymised by this run
     */
    record RetentionRun(java.time.LocalDate closedBefore, int anonymised) {
    }
}
