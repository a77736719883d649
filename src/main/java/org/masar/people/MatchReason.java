package org.masar.people;

import java.util.List;

/**
 * Why the engine thinks two records may be one person, shown in the user's language: message key
 * {@code people.match.reason.<code>} with its arguments. Arguments never hold phone or document numbers.
 */
public record MatchReason(String code, List<String> args) {

    public MatchReason {
        args = List.copyOf(args);
    }

    /** The message key of the reason. */
    public String messageKey() {
        return "people.match.reason." + code;
    }
}
