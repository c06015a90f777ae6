package org.suaka.platform.access;

import java.util.List;

/**
 * The roles of Suaka's users, the same names in the web layer, the services and the user registry's
 * groups.
 */
public final class Roles {

    /** Administers users, configuration, templates; sees the audit trail. */
    public static final String ADMIN = "ADMIN";
    /** Approves and signs; reads and writes like an officer. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Rudenim staff: reads and writes records, generates reports. */
    public static final String OFFICER = "OFFICER";
    /** Reads records and generates reports, writes nothing. */
    public static final String VIEWER = "VIEWER";
    /** Partner staff: reads persons and shelters within their organisation's data-sharing scope. */
    public static final String PARTNER = "PARTNER";

    /** Every role, for those that must ask a container about each one. */
    public static final List<String> ALL = List.of(ADMIN, SUPERVISOR, OFFICER, VIEWER, PARTNER);

    private Roles() {
    }
}
