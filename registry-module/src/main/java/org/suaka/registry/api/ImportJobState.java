package org.suaka.registry.api;

/** Where an import job stands. */
public enum ImportJobState {
    /** Its rows are being checked and matched; nothing is written to the registry. */
    PREVIEWING,
    /** Every row has a verdict: the officer decides and applies. */
    READY,
    /** The rows decided are being registered or linked. */
    APPLYING,
    /** Applied: the counts say what was written. */
    DONE,
    /** Stopped by a fault (or by the server's stop) before it finished; applying again goes on where it stopped. */
    FAILED
}
