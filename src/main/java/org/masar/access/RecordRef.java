package org.masar.access;

import java.util.UUID;

/**
 * Names one record of any module for the restricted-record rule: its type, a dotted code starting with the owning
 * module ({@code protection.case}), and its public id. The same type text is what the module's migration passes to
 * {@code access_restrict_table}, which registers the table and makes its row-level security policies pass it to
 * {@code access_may_read}.
 */
public record RecordRef(String type, UUID id) {

    public RecordRef {
        if (!type.matches("[a-z]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("A record type is a dotted lower-case code: " + type);
        }
    }
}
