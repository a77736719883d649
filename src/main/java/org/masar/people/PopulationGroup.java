package org.masar.people;

import java.util.Locale;

/** The population group a person is registered in; the API writes it in lower case. */
public enum PopulationGroup {
    MIGRANT,
    IDP,
    RETURNEE,
    HOST;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
