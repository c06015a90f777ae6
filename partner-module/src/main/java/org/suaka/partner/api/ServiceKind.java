package org.suaka.partner.api;

/** The services a person is referred to a partner for. */
public enum ServiceKind {
    /** Medical care: a clinic, a hospital. */
    MEDICAL,
    /** Psychosocial support and counselling. */
    PSYCHOSOCIAL,
    /** Cash assistance, e.g. IOM's monthly allowance. */
    CASH_ASSISTANCE,
    /** Food and non-food items. */
    FOOD_NON_FOOD,
    /** Schooling and courses. */
    EDUCATION,
    /** Legal aid. */
    LEGAL,
    /** A resettlement interview, e.g. with UNHCR. */
    RESETTLEMENT_INTERVIEW,
    /** Tracing family members. */
    FAMILY_TRACING
}
