package org.masar.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import org.masar.audit.AuditEntry;
import org.masar.audit.AuditOutcome;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads an {@code audit_entry} row, with its link's MAC when the query joined {@code audit_link} as {@code mac}. */
final class AuditRows {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private AuditRows() {}

    static AuditEntry entry(ResultSet row, JsonMapper json) throws SQLException {
        byte[] mac = hasColumn(row, "mac") ? row.getBytes("mac") : null;
        return new AuditEntry(
                row.getLong("sequence"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                row.getString("client_address"),
                row.getString("user_agent"),
                row.getString("action"),
                AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("subject_type"),
                row.getString("subject_id"),
                row.getString("reason"),
                json.readValue(row.getString("details"), DETAILS),
                mac == null ? null : HexFormat.of().formatHex(mac));
    }

    private static boolean hasColumn(ResultSet row, String name) throws SQLException {
        var meta = row.getMetaData();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            if (meta.getColumnLabel(column).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
