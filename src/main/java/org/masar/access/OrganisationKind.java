package org.masar.access;

/** What kind of organisation. Labels: {@code access.organisation.kind.<KIND>}. */
public enum OrganisationKind {
    /** The mission itself. */
    MISSION,
    /** A partner non-governmental organisation. */
    PARTNER_NGO,
    /** A Libyan authority. */
    AUTHORITY,
    /** Another United Nations agency. */
    UN_AGENCY,
    /** Anything else. */
    OTHER
}
