package org.suaka.shelter.api;

/** How serious an incident is. */
public enum Severity {
    /** Handled on the spot. */
    LOW,
    /** Needs the office's attention. */
    MEDIUM,
    /** Needs the head of office and possibly the police. */
    HIGH,
    /** A life was at risk or lost. */
    CRITICAL
}
