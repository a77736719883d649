package org.masar.people.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
        String actor = Actor.current().name();
        insert(entries.stream()
                .map(entry -> new Row(
                        entry.person(),
                        new TimelineEntry(entry.at(), "people", entry.kind(), entry.recordId(), actor, entry.details()),
                        null))
                .toList());
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

    /** An entry as it is written. */
    private record Row(
            PersonId person, TimelineEntry entry, @Nullable String visibleWith) {}

    private void insert(PersonId person, TimelineEntry entry, @Nullable String visibleWith) {
        insert(List.of(new Row(person, entry, visibleWith)));
    }

    /** One statement for any number of entries, their columns as arrays: a registration batch writes a thousand. */
    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.update(
                """
                        INSERT INTO people_timeline_entry (id, person_id, occurred_at, module, kind, record_id, actor,
                                                           visible_with, details)
                        SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:persons AS uuid[]),
                                             CAST(:at AS timestamptz[]), CAST(:modules AS text[]),
                                             CAST(:kinds AS text[]), CAST(:records AS text[]), CAST(:actors AS text[]),
                                             CAST(:visibleWith AS text[]), CAST(:details AS jsonb[]))
                        """,
                new MapSqlParameterSource()
                        .addValue(
                                "ids",
                                rows.stream().map(row -> UUID.randomUUID()).toArray(UUID[]::new))
                        .addValue(
                                "persons",
                                rows.stream().map(row -> row.person().value()).toArray(UUID[]::new))
                        .addValue(
                                "at",
                                column(rows, row -> row.entry().occurredAt().toString()))
                        .addValue("modules", column(rows, row -> row.entry().module()))
                        .addValue("kinds", column(rows, row -> row.entry().kind()))
                        .addValue("records", column(rows, row -> row.entry().recordId()))
                        .addValue("actors", column(rows, row -> row.entry().actor()))
                        .addValue("visibleWith", column(rows, Row::visibleWith))
                        .addValue(
                                "details",
                                column(
                                        rows,
                                        row -> json.writeValueAsString(
                                                row.entry().details()))));
    }

    private static String[] column(List<Row> rows, Function<Row, @Nullable String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
