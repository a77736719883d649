package org.masar.access;

/** The mission's programmes, to which a user's data scope may be limited. Labels: {@code access.programme.<CODE>}. */
public enum Programme {
    /** Migrant Response and Resource Mechanism. */
    MRRM,
    /** Search and rescue, disembarkation. */
    SAR,
    /** Migration health. */
    HEALTH,
    /** Mental health and psychosocial support. */
    MHPSS,
    /** Voluntary humanitarian return. */
    VHR,
    /** Protection (victims of trafficking, gender-based violence, child protection). */
    PROTECTION,
    /** Water, sanitation and hygiene. */
    WASH,
    /** Shelter and non-food items. */
    SHELTER_NFI,
    /** Community stabilization. */
    STABILIZATION,
    /** Displacement Tracking Matrix. */
    DTM,
    /** Accountability to affected populations. */
    AAP
}
