package org.suaka.registry.api;

/** The kinds of identity document a person may hold. */
public enum DocumentType {
    /** A passport. */
    PASSPORT,
    /** A national identity card, e.g. an Afghan tazkira or a Pakistani CNIC. */
    NATIONAL_ID,
    /** A UNHCR asylum-seeker or refugee card. */
    UNHCR_CARD,
    /** A birth certificate. */
    BIRTH_CERTIFICATE,
    /** Any other document. */
    OTHER
}
