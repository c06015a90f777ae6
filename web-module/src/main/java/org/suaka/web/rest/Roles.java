package org.suaka.web.rest;

/**
 * The security roles of the API, as declared in web.xml and mapped to user groups by the EAR's
 * application binding.
 */
public final class Roles {

    /** Administers users, configuration and templates. */
    public static final String ADMIN = "ADMIN";
    /** Rudenim staff: reads and writes records, generates reports. */
    public static final String OFFICER = "OFFICER";
    /** Reads records and generates reports, writes nothing. */
    public static final String VIEWER = "VIEWER";
    /** Partner staff: read persons and shelters, limited to their organisation's data-sharing scope. */
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
