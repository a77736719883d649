package org.masar.people;

import java.util.Locale;

/** Kinds of identity document; the API writes them in lower case. */
public enum DocumentType {
    PASSPORT,
    NATIONAL_ID,
    BIRTH_CERTIFICATE,
    RESIDENCE_PERMIT,
    TRAVEL_DOCUMENT,
    ASYLUM_OR_REFUGEE_CARD,
    OTHER;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
