package org.suaka.shelter.api;

/** The facilities Perpres 125/2016 expects a shelter to provide. */
public enum Facility {
    /** Clean water. */
    CLEAN_WATER,
    /** Food. */
    FOOD,
    /** Health care. */
    HEALTH_CARE,
    /** Hygiene and sanitation. */
    HYGIENE,
    /** A place of worship. */
    WORSHIP_PLACE
}
