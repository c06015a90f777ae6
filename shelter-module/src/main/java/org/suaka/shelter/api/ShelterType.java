package org.suaka.shelter.api;

/** What kind of place a shelter is. */
public enum ShelterType {
    /** A hotel rented for refugees, e.g. Hotel Ina Bo'i in Kupang. */
    HOTEL,
    /** A community house (community house, wisma) run for refugees. */
    COMMUNITY_HOUSE,
    /** The detention house (Rudenim) itself. */
    DETENTION_HOUSE
}
