package org.masar.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEntry;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditFilter;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.audit.AuditVerification;
import org.masar.shared.PageJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class AuditService implements AuditTrail {

    private static final int USER_AGENT_LIMIT = 300;
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;
    private final Clock clock;

    AuditService(JdbcClient jdbc, DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000); // the verification walks the whole table without holding it in memory
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEvent event) {
        // PostgreSQL keeps microseconds: hash exactly what is stored, or the verification would disagree.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor() != null ? event.actor() : currentActor();
        HttpServletRequest request = currentRequest();
        String clientAddress = request == null ? null : request.getRemoteAddr();
        String userAgent = request == null ? null : shorten(request.getHeader("User-Agent"));
        // One writer at a time across all nodes, so that each entry links to the one truly before it.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('masar.audit-chain'))")
                .query()
                .singleValue();
        String previous = jdbc.sql("SELECT hash FROM audit_entry ORDER BY sequence DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(AuditChain.GENESIS);
        String hash = AuditChain.hash(
                previous,
                at,
                actor,
                clientAddress,
                userAgent,
                event.action(),
                event.outcome(),
                event.subjectType(),
                event.subjectId(),
                event.reason(),
                event.details());
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor, client_address, user_agent, action, outcome,
                                                 subject_type, subject_id, reason, details, previous_hash, hash)
                        VALUES (:at, :actor, :clientAddress, :userAgent, :action, :outcome,
                                :subjectType, :subjectId, :reason, CAST(:details AS jsonb), :previous, :hash)
                        """)
                .param("at", java.sql.Timestamp.from(at))
                .param("actor", actor)
                .param("clientAddress", clientAddress)
                .param("userAgent", userAgent)
                .param("action", event.action())
                .param("outcome", event.outcome().name())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("reason", event.reason())
                .param("details", json.writeValueAsString(new TreeMap<>(event.details())))
                .param("previous", previous)
                .param("hash", hash)
                .update();
    }

    @Override
    @PreAuthorize("hasAuthority('audit:verify')")
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var walk = new Object() {
            String expectedPrevious = AuditChain.GENESIS;
            long checked;

            @Nullable
            Long broken;

            @Nullable
            String problem;
        };
        streaming.query("SELECT * FROM audit_entry ORDER BY sequence", (ResultSet row) -> {
            if (walk.broken != null) {
                return;
            }
            AuditEntry entry = entry(row);
            String previous = row.getString("previous_hash");
            walk.checked++;
            if (!previous.equals(walk.expectedPrevious)) {
                walk.broken = entry.sequence();
                walk.problem = "link";
                return;
            }
            String recomputed = AuditChain.hash(
                    previous,
                    entry.occurredAt(),
                    entry.actor(),
                    entry.clientAddress(),
                    entry.userAgent(),
                    entry.action(),
                    entry.outcome(),
                    entry.subjectType(),
                    entry.subjectId(),
                    entry.reason(),
                    entry.details());
            if (!recomputed.equals(entry.hash())) {
                walk.broken = entry.sequence();
                walk.problem = "hash";
                return;
            }
            walk.expectedPrevious = entry.hash();
        });
        return new AuditVerification(walk.broken == null, walk.checked, walk.broken, walk.problem);
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public PageJson<AuditEntry> search(AuditFilter filter, int page, int size) {
        int pageSize = PageJson.clampSize(size);
        int pageNumber = Math.max(0, page);
        // Each condition is a fixed fragment; only the values are parameters.
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("lower(actor) = lower(:actor)");
            params.put("actor", filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            conditions.add("subject_type = :subjectType");
            params.put("subjectType", filter.subjectType().strip());
        }
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            conditions.add("subject_id = :subjectId");
            params.put("subjectId", filter.subjectId().strip());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql(
                        "SELECT * FROM audit_entry" + where + " ORDER BY sequence DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", (long) pageNumber * pageSize)
                .query((row, number) -> entry(row))
                .list();
        return new PageJson<>(entries, pageNumber, pageSize, total);
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action")
                .query(String.class)
                .list();
    }

    private AuditEntry entry(ResultSet row) throws SQLException {
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
                row.getString("hash"));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return currentRequest() == null ? "system" : "anonymous";
        }
        return authentication.getName();
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
