package org.masar.people;

import java.util.Locale;
import java.util.Optional;

/** How soon a screened person needs attention, lowest first; the API writes it in lower case. */
public enum ScreeningPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The priority spelt this way, if there is one. */
    public static Optional<ScreeningPriority> of(String code) {
        for (ScreeningPriority priority : values()) {
            if (priority.code().equals(code)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }
}
