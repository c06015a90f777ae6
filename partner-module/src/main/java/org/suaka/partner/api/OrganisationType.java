package org.suaka.partner.api;

/**
 * The kinds of organisation a Rudenim works with under Perpres 125/2016.
 */
public enum OrganisationType {
    /** International Organization for Migration: funds shelter care. */
    IOM,
    /** UNHCR: decides refugee status and resettlement. */
    UNHCR,
    /** Provincial, city or regency government. */
    LOCAL_GOVERNMENT,
    /** Kepolisian: police. */
    POLICE,
    /** A non-governmental organisation providing services. */
    NGO,
    /** A clinic, a puskesmas or a hospital. */
    HEALTH_FACILITY,
    /** Any other partner. */
    OTHER
}
