package org.suaka.registry.api;

/** What the preview of an import found a row to be. */
public enum ImportOutcome {
    /** A person the registry does not hold yet: created unless the officer skips it. */
    NEW,
    /** Probably a person the registry holds (the candidate): linked to them, nothing created, unless the officer creates it. */
    DUPLICATE,
    /** The same person as an earlier row of the file: skipped. */
    REPEATED,
    /** A row the registration form would refuse, with the reasons: never written. */
    INVALID
}
