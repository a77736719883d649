package org.masar.dtm;

/** What happened; labels are in the bundles as {@code dtm-field.event.type.<NAME>}. */
public enum EmergencyEventType {
    /** Fighting between armed groups. */
    ARMED_CLASH,
    /** A flood. */
    FLOOD,
    /** People forced out of where they lived. */
    EVICTION,
    /** A fire. */
    FIRE,
    /** A storm. */
    STORM,
    /** An earthquake. */
    EARTHQUAKE,
    /** An outbreak of disease. */
    DISEASE_OUTBREAK,
    /** Anything else. */
    OTHER
}
