package org.suaka.shelter.api;

/** What happened in a shelter. */
public enum IncidentType {
    /** A disturbance or protest (kehebohan, unjuk rasa). */
    DISTURBANCE,
    /** A conflict between residents. */
    RESIDENT_CONFLICT,
    /** Self-harm. */
    SELF_HARM,
    /** An attempt to escape. */
    ESCAPE_ATTEMPT,
    /** A medical emergency. */
    MEDICAL_EMERGENCY,
    /** A death. */
    DEATH,
    /** Damage to property. */
    PROPERTY_DAMAGE,
    /** Anything else. */
    OTHER
}
