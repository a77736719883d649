package org.masar.geo;

/** What a site is; labels are in the bundles as {@code geo.site.type.<NAME>}. */
public enum SiteType {
    /** Where people rescued or intercepted at sea are brought ashore. */
    DISEMBARKATION_POINT,
    /** A detention centre. */
    DETENTION_CENTRE,
    /** A point where the DTM counts movements. */
    FLOW_MONITORING_POINT,
    /** A hospital, clinic or health post. */
    HEALTH_FACILITY,
    /** An office of the mission or a partner. */
    OFFICE,
    /** A warehouse. */
    WAREHOUSE,
    /** A border crossing or airport. */
    POINT_OF_ENTRY,
    /** A school. */
    SCHOOL,
    /** Anything else. */
    OTHER;

    /** Reads a type by its name as a client sent it; throws {@link UnknownSiteType} (a 400) for any other text. */
    public static SiteType parse(String text) {
        for (SiteType type : values()) {
            if (type.name().equalsIgnoreCase(text.strip())) {
                return type;
            }
        }
        throw new UnknownSiteType(text);
    }
}
