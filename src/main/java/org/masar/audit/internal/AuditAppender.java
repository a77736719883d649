package org.masar.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditOutcome;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries: a plain INSERT that takes no lock and waits for no other writer; {@link AuditChainer} links them
 * into the chain once they are committed.
 *
 * <p>Where the entry goes depends on what it must survive. A success is written in the caller's transaction, so it
 * commits or rolls back with the step it describes. A refusal or failure must outlive the rollback that usually follows
 * it, and a read in a read-only transaction cannot write there: those go through a small pool of their own
 * ({@code masar.audit.side-pool.size} connections), so that a flood of refusals waits on that pool and never takes the
 * connections the application's own work needs.
 */
@Component
class AuditAppender implements DisposableBean {

    private static final String APPEND = """
            WITH appended AS (
              INSERT INTO audit_entry (occurred_at, actor, client_address, user_agent, action, outcome,
                                       subject_type, subject_id, reason, details)
              VALUES (:at, :actor, :clientAddress, :userAgent, :action, :outcome,
                      :subjectType, :subjectId, :reason, CAST(:details AS jsonb))
              RETURNING sequence)
            INSERT INTO audit_unchained (sequence) SELECT sequence FROM appended
            """;

    private static final String APPEND_ALL = """
            WITH appended AS (
              INSERT INTO audit_entry (occurred_at, actor, client_address, user_agent, action, outcome,
                                       subject_type, subject_id, reason, details)
              SELECT * FROM unnest(CAST(:at AS timestamptz[]), CAST(:actor AS text[]),
                                   CAST(:clientAddress AS text[]), CAST(:userAgent AS text[]),
                                   CAST(:action AS text[]), CAST(:outcome AS text[]), CAST(:subjectType AS text[]),
                                   CAST(:subjectId AS text[]), CAST(:reason AS text[]), CAST(:details AS jsonb[]))
              RETURNING sequence)
            INSERT INTO audit_unchained (sequence) SELECT sequence FROM appended
            """;

    /** An entry as it is stored, before it has a link. */
    record NewEntry(
            Instant occurredAt,
            String actor,
            @Nullable String clientAddress,
            @Nullable String userAgent,
            String action,
            AuditOutcome outcome,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String reason,
            Map<String, String> details) {}

    private final JdbcClient callersTransaction;
    private final NamedParameterJdbcTemplate callersBatch;
    private final HikariDataSource sidePool;
    private final JdbcClient onItsOwn;
    private final JsonMapper json;

    AuditAppender(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            JsonMapper json,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password,
            @Value("${masar.audit.side-pool.size:2}") int sidePoolSize) {
        this.callersTransaction = jdbc;
        this.callersBatch = batch;
        this.json = json;
        // Created lazily by Hikari on first use, and not a bean: a second DataSource bean would change what Spring
        // Boot configures for the application's own.
        this.sidePool = new HikariDataSource();
        sidePool.setPoolName("masar-audit-side");
        sidePool.setJdbcUrl(url);
        sidePool.setUsername(username);
        sidePool.setPassword(password);
        sidePool.setMaximumPoolSize(sidePoolSize);
        sidePool.setMinimumIdle(0);
        sidePool.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        this.onItsOwn = JdbcClient.create(sidePool);
    }

    void append(NewEntry entry) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        boolean writable = !inTransaction || !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (entry.outcome() == AuditOutcome.SUCCESS && writable) {
            // Joins the caller's transaction; without one, the single statement is its own short transaction.
            insert(callersTransaction, entry);
        } else {
            insert(onItsOwn, entry);
        }
    }

    /** As {@link #append} for each entry; the successes the caller's transaction takes go in one JDBC batch. */
    void appendAll(List<NewEntry> entries) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        boolean writable = !inTransaction || !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        List<NewEntry> batch = new ArrayList<>();
        for (NewEntry entry : entries) {
            if (entry.outcome() == AuditOutcome.SUCCESS && writable && inTransaction) {
                batch.add(entry);
            } else {
                append(entry);
            }
        }
        if (!batch.isEmpty()) {
            // One statement, the entries as arrays: a row a statement cost PostgreSQL a bind and an execution each.
            callersBatch.update(
                    APPEND_ALL,
                    new MapSqlParameterSource()
                            .addValue(
                                    "at",
                                    column(batch, entry -> entry.occurredAt().toString()))
                            .addValue("actor", column(batch, NewEntry::actor))
                            .addValue("clientAddress", column(batch, NewEntry::clientAddress))
                            .addValue("userAgent", column(batch, NewEntry::userAgent))
                            .addValue("action", column(batch, NewEntry::action))
                            .addValue(
                                    "outcome",
                                    column(batch, entry -> entry.outcome().name()))
                            .addValue("subjectType", column(batch, NewEntry::subjectType))
                            .addValue("subjectId", column(batch, NewEntry::subjectId))
                            .addValue("reason", column(batch, NewEntry::reason))
                            .addValue(
                                    "details",
                                    column(batch, entry -> json.writeValueAsString(new TreeMap<>(entry.details())))));
        }
    }

    private static String[] column(List<NewEntry> entries, Function<NewEntry, @Nullable String> value) {
        return entries.stream().map(value).toArray(String[]::new);
    }

    private void insert(JdbcClient jdbc, NewEntry entry) {
        jdbc.sql(APPEND)
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("clientAddress", entry.clientAddress())
                .param("userAgent", entry.userAgent())
                .param("action", entry.action())
                .param("outcome", entry.outcome().name())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("reason", entry.reason())
                .param("details", json.writeValueAsString(new TreeMap<>(entry.details())))
                .update();
    }

    @Override
    public void destroy() {
        sidePool.close();
    }
}
