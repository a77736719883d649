package org.masar.people;

import java.util.Locale;
import java.util.Optional;

/** What a person consents to; the API writes it in lower case. */
public enum ConsentPurpose {
    /** Being registered and their record kept. */
    REGISTRATION,
    /** Their record being shared with one named partner organisation. */
    SHARING,
    /** Being contacted again to follow up. */
    FOLLOW_UP;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The purpose spelt this way, if there is one. */
    public static Optional<ConsentPurpose> of(String code) {
        for (ConsentPurpose purpose : values()) {
            if (purpose.code().equals(code)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
