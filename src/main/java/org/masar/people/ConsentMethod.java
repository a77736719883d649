package org.masar.people;

import java.util.Locale;
import java.util.Optional;

/** How a consent was given; the API writes it in lower case. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    THUMBPRINT,
    /** By a parent or guardian, for a child or someone who cannot consent themselves. */
    BY_GUARDIAN;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method spelt this way, if there is one. */
    public static Optional<ConsentMethod> of(String code) {
        for (ConsentMethod method : values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
