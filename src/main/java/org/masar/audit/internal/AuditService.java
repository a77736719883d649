package org.masar.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEntry;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditFilter;
import org.masar.audit.AuditTrail;
import org.masar.audit.AuditVerification;
import org.masar.shared.Actor;
import org.masar.shared.PageJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

@Service
class AuditService implements AuditTrail {

    static final String SEARCHED = "audit.entries.searched";
    private static final int USER_AGENT_LIMIT = 300;

    /*
     * A search's time bounds are kept within these before they reach the database: no entry lies outside them, while
     * an Instant may lie far beyond what java.sql.Timestamp (which overflowed: a 500) or PostgreSQL's timestamptz (which
     * refused: a misleading 409) can hold. "From the year -4714" or "until the year 300000" then simply means "all".
     */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final AuditAppender appender;
    private final AuditKey key;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration chainGrace;

    AuditService(
            JdbcClient jdbc,
            DataSource dataSource,
            AuditAppender appender,
            AuditKey key,
            JsonMapper json,
            Clock clock,
            @Value("${masar.audit.chain.grace:PT15M}") Duration chainGrace) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(5_000); // the verification walks the whole table without holding it in memory
        this.appender = appender;
        this.key = key;
        this.json = json;
        this.clock = clock;
        this.chainGrace = chainGrace;
    }

    @Override
    public void record(AuditEvent event) {
        appender.append(entry(event));
    }

    @Override
    public void recordAll(List<AuditEvent> events) {
        appender.appendAll(events.stream().map(this::entry).toList());
    }

    private AuditAppender.NewEntry entry(AuditEvent event) {
        // PostgreSQL keeps microseconds: the chain's MAC covers exactly what is stored.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor() != null ? event.actor() : Actor.current().name();
        HttpServletRequest request = currentRequest();
        return new AuditAppender.NewEntry(
                at,
                actor,
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : shorten(request.getHeader("User-Agent")),
                event.action(),
                event.outcome(),
                event.subjectType(),
                event.subjectId(),
                event.reason(),
                event.details());
    }

    @Override
    @PreAuthorize("hasAuthority('audit:verify')")
    // One snapshot for the walk and the search for unlinked entries, so that they agree about what is committed.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        var walk = new Object() {
            long expectedPosition = 1;
            byte[] previousMac = AuditChain.FIRST;
            String legacyPrevious = AuditChain.GENESIS;
            long checked;

            @Nullable
            Long broken;

            @Nullable
            String problem;

            void breakAt(long sequence, String what) {
                broken = sequence;
                problem = what;
            }
        };
        Mac mac = AuditChain.mac(key.key());
        streaming.query("""
                SELECT l.position, l.entry_sequence, l.mac AS link_mac, e.*
                FROM audit_link l LEFT JOIN audit_entry e ON e.sequence = l.entry_sequence
                ORDER BY l.position
                """, (ResultSet row) -> {
            if (walk.broken != null) {
                return;
            }
            walk.checked++;
            long position = row.getLong("position");
            long sequence = row.getLong("entry_sequence");
            if (position != walk.expectedPosition) {
                walk.breakAt(sequence, "link");
                return;
            }
            if (row.getObject("sequence") == null) {
                walk.breakAt(sequence, "missing");
                return;
            }
            AuditEntry entry = AuditRows.entry(row, json);
            String legacyHash = row.getString("hash");
            if (legacyHash != null) {
                // Written by V15's unkeyed chain: its own links and hashes must still hold.
                String legacyPrevious = row.getString("previous_hash");
                if (!walk.legacyPrevious.equals(legacyPrevious)) {
                    walk.breakAt(sequence, "link");
                    return;
                }
                if (!AuditChain.legacyHash(legacyPrevious, entry).equals(legacyHash)) {
                    walk.breakAt(sequence, "hash");
                    return;
                }
                walk.legacyPrevious = legacyHash;
            }
            byte[] recomputed = AuditChain.link(mac, walk.previousMac, position, entry);
            if (!MessageDigest.isEqual(recomputed, row.getBytes("link_mac"))) {
                walk.breakAt(sequence, "hash");
                return;
            }
            walk.previousMac = recomputed;
            walk.expectedPosition++;
        });
        long pending = 0;
        List<Map<String, Object>> unlinked = jdbc.sql("""
                        SELECT e.sequence, e.occurred_at FROM audit_entry e
                        WHERE NOT EXISTS (SELECT FROM audit_link l WHERE l.entry_sequence = e.sequence)
                        ORDER BY e.sequence
                        """).query().listOfRows();
        Instant overdue = clock.instant().minus(chainGrace);
        for (Map<String, Object> entry : unlinked) {
            pending++;
            if (walk.broken == null
                    && ((Timestamp) entry.get("occurred_at")).toInstant().isBefore(overdue)) {
                walk.breakAt((Long) entry.get("sequence"), "unchained");
            }
        }
        return new AuditVerification(walk.broken == null, walk.checked, walk.broken, walk.problem, pending);
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional // not read-only: the search is itself recorded, in the same transaction
    public PageJson<AuditEntry> search(AuditFilter filter, int page, int size) {
        int pageSize = PageJson.clampSize(size);
        int pageNumber = Math.max(0, page);
        Where where = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry e" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("SELECT e.*, l.mac FROM audit_entry e"
                        + " LEFT JOIN audit_link l ON l.entry_sequence = e.sequence" + where.sql()
                        + " ORDER BY e.sequence DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", pageSize)
                .param("offset", (long) pageNumber * pageSize)
                .query((row, number) -> AuditRows.entry(row, json))
                .list();
        // Who looked at the trail, and for what, is itself part of the trail (recorded after the query, so the
        // results show the trail as it was).
        AuditEvent searched = AuditEvent.of(SEARCHED).with("page", pageNumber).with("results", total);
        for (var condition : describe(filter).entrySet()) {
            searched = searched.with(condition.getKey(), condition.getValue());
        }
        record(searched);
        return new PageJson<>(entries, pageNumber, pageSize, total);
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM audit_entry e" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action")
                .query(String.class)
                .list();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(AuditFilter filter) {
        // Each condition is a fixed fragment; only the values are parameters.
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("lower(e.actor) = lower(:actor)");
            params.put("actor", filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("e.action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            conditions.add("e.subject_type = :subjectType");
            params.put("subjectType", filter.subjectType().strip());
        }
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            conditions.add("e.subject_id = :subjectId");
            params.put("subjectId", filter.subjectId().strip());
        }
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= :from");
            params.put("from", Timestamp.from(bounded(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < :to");
            params.put("to", Timestamp.from(bounded(filter.to())));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static Instant bounded(Instant instant) {
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    }

    /** The filter's conditions as the search entry's details: only those given, as the user typed them. */
    private static Map<String, String> describe(AuditFilter filter) {
        Map<String, String> conditions = new TreeMap<>();
        putIfGiven(conditions, "actor", filter.actor());
        putIfGiven(conditions, "action", filter.action());
        putIfGiven(
                conditions,
                "outcome",
                filter.outcome() == null ? null : filter.outcome().name());
        putIfGiven(conditions, "subject-type", filter.subjectType());
        putIfGiven(conditions, "subject-id", filter.subjectId());
        putIfGiven(
                conditions, "from", filter.from() == null ? null : filter.from().toString());
        putIfGiven(conditions, "to", filter.to() == null ? null : filter.to().toString());
        return conditions;
    }

    private static void putIfGiven(Map<String, String> conditions, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            conditions.put(key, value.strip());
        }
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static @Nullable String shorten(@Nullable String userAgent) {
        if (userAgent == null) {
            return null;
        }
        return userAgent.length() <= USER_AGENT_LIMIT ? userAgent : userAgent.substring(0, USER_AGENT_LIMIT);
    }
}
