package org.suaka.registry.api;

/** What the officer decides for a row of an import. */
public enum ImportDecision {
    /** Register the row as a new person. */
    CREATE,
    /** Take the row as the registered person the preview found; nothing is created. */
    LINK,
    /** Leave the row out. */
    SKIP
}
