package org.masar.people.internal.matching;

import java.util.List;

/**
 * A reason a user sees, in their language: message key {@code people.match.reason.<code>}, with its arguments. The
 * arguments only ever hold what may be shown about a person outside the user's scope (names, sex, age, nationality),
 * never a phone or document number.
 */
public record Reason(String code, List<String> args) {
    public Reason {
        args = List.copyOf(args);
    }

    /** The message key of this reason. */
    public String messageKey() {
        return "people.match.reason." + code;
    }
}
