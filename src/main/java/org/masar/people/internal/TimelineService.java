package org.masar.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonId;
import org.masar.people.PersonTimeline;
import org.masar.people.TimelineEntry;
import org.masar.shared.Actor;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one timeline per person. Entries are written by the module that did the thing, within its own transaction, and
 * read by whoever may read the person, filtered by the permission an entry needs. Entries of records merged into a
 * person are shown with the survivor's.
 */
@Service
class TimelineService implements PersonTimeline {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final PersonService people;

    TimelineService(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, @Lazy PersonService people) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.people = people;
    }

    @Override
    @Transactional
    public void add(PersonId person, TimelineEntry entry, @Nullable String visibleWith) {
        insert(people.current(person), entry, visibleWith);
    }

    /** An entry of the people module itself. */
    void addOwn(PersonId person, String kind, @Nullable String recordId, Map<String, String> details, Instant at) {
        insert(
                person,
                new TimelineEntry(at, "people", kind, recordId, Actor.current().name(), details),
                null);
    }

    /** The people module's own entry for a person, to be written with others in one batch. */
    record OwnEntry(PersonId person, String kind, @Nullable String recordId, Map<String, String> details, Instant at) {}

    void addOwnAll(List<OwnEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // One statement, the entries as arrays: a registration batch writes a thousand.
        batch.update(
                """
                        INSERT INTO people_timeline_entry (id, person_id, occurred_at, module, kind, record_id, actor,
                                                           details)
                        SELECT e.id, e.person, e.at, 'people', e.kind, e.record, :actor, e.details
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:persons AS uuid[]), CAST(:at AS timestamptz[]),
                                      CAST(:kinds AS text[]), CAST(:records AS text[]), CAST(:details AS jsonb[]))
                               AS e (id, person, at, kind, record, details)
                        """,
                new MapSqlParameterSource()
                        .addValue("actor", Actor.current().name())
                        .addValue(
                                "ids",
                                entries.stream().map(entry -> UUID.randomUUID()).toArray(UUID[]::new))
                        .addValue(
                                "persons",
                                entries.stream()
                                        .map(entry -> entry.person().value())
                                        .toArray(UUID[]::new))
                        .addValue(
                                "at",
                                entries.stream()
                                        .map(entry -> entry.at().toString())
                                        .toArray(String[]::new))
                        .addValue("kinds", entries.stream().map(OwnEntry::kind).toArray(String[]::new))
                        .addValue(
                                "records",
                                entries.stream().map(OwnEntry::recordId).toArray(String[]::new))
                        .addValue(
                                "details",
                                entries.stream()
                                        .map(entry -> json.writeValueAsString(entry.details()))
                                        .toArray(String[]::new)));
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesOf(PersonId person) {
        people.readable(person);
        String[] held = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toArray(String[]::new);
        return jdbc.sql("""
                        WITH RECURSIVE merged (id) AS (
                          SELECT CAST(:person AS uuid)
                          UNION SELECT p.id FROM people_person p JOIN merged m ON p.merged_into = m.id
                        )
                        SELECT occurred_at, module, kind, record_id, actor, details FROM people_timeline_entry
                         WHERE person_id IN (SELECT id FROM merged)
                           AND (visible_with IS NULL OR visible_with = ANY(:held))
                         ORDER BY occurred_at DESC, id
                         LIMIT 500
                        """)
                .param("person", person.value())
                .param("held", held)
                .query((rs, n) -> new TimelineEntry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("module"),
                        rs.getString("kind"),
                        rs.getString("record_id"),
                        rs.getString("actor"),
                        json.readValue(rs.getString("details"), new TypeReference<Map<String, String>>() {})))
                .list();
    }

    private static final String INSERT = """
            INSERT INTO people_timeline_entry (id, person_id, occurred_at, module, kind, record_id, actor,
                                               visible_with, details)
            VALUES (:id, :person, :at, :module, :kind, :record, :actor, :visibleWith, CAST(:details AS jsonb))
            """;

    private void insert(PersonId person, TimelineEntry entry, @Nullable String visibleWith) {
        batch.update(INSERT, parameters(person, entry, visibleWith));
    }

    private MapSqlParameterSource parameters(PersonId person, TimelineEntry entry, @Nullable String visibleWith) {
        return new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID())
                .addValue("person", person.value())
                .addValue("at", Timestamp.from(entry.occurredAt()))
                .addValue("module", entry.module())
                .addValue("kind", entry.kind())
                .addValue("record", entry.recordId())
                .addValue("actor", entry.actor())
                .addValue("visibleWith", visibleWith)
                .addValue("details", json.writeValueAsString(entry.details()));
    }
}
