package org.suaka.partner.api;

/** What kind of meeting a visit record minutes. */
public enum VisitKind {
    /** A partner visits the Rudenim, as IOM Kupang did on 11 September 2024. */
    PARTNER_VISIT,
    /** The Rudenim visits a partner. */
    OFFICE_VISIT,
    /** A coordination meeting of the Rudenim and one or more partners. */
    COORDINATION_MEETING,
    /** The Rudenim and partners monitor a shelter together. */
    JOINT_MONITORING
}
