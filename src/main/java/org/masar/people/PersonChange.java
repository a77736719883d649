package org.masar.people;

import java.time.Instant;
import java.util.List;

/**
 * One change of a person's record, from its history: what kind, when, by whom, and which fields it changed (their
 * names as the API writes them; the values stay in the kept snapshots).
 *
 * @param change registered, updated, deleted, merged or unmerged
 */
public record PersonChange(int version, String change, Instant at, String by, List<String> fields) {

    public PersonChange {
        fields = List.copyOf(fields);
    }
}
