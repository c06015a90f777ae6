package org.suaka.partner.api;

/** Whether an assistance record counts. */
public enum AssistanceStatus {
    /** Given and counted in the totals. */
    RECORDED,
    /** Recorded in error and withdrawn, with the reason; kept, never counted. */
    VOIDED
}
