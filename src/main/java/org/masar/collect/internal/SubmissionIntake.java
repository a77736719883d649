package org.masar.collect.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.collect.FormServer;
import org.masar.collect.OpenRosaReceiver;
import org.masar.shared.ChangeStamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what phones send to {@code /submission}, one transaction per request. The instance is read once (StAX, into
 * {@link SubmissionAnswers}); the form and version are checked with one query ({@link FormServer#receiving}); the row is
 * written with {@code INSERT … ON CONFLICT (form, instance_id) DO NOTHING}, so a phone re-sending to an unbound form
 * after a dropped connection is answered without a read first: the same document (same SHA-256) is a success that
 * stores the files it brings and the row still lacks, other content under the same instanceID is a conflict. An edit
 * ({@code meta/deprecatedID}) is a new row of the same record, and the row it replaces stops being current. Whatever
 * the form's binding ({@link SubmissionBindings}) refuses never loses the submission. Accepted submissions are not
 * audited (the row is the record); refusals for access are.
 *
 * <p>A new submission to a bound form is mapped before its row is written, so that the row is written once, with its
 * mapping: an update of a just-written row costs PostgreSQL a new version of it and of every index entry, about a
 * tenth of a submission's cost. A copy a phone re-sends is found by that insert (the unique index refuses it, and a
 * mapping must not be made twice): the whole transaction, the mapping with it, is undone and the submission received
 * again, looking for its copy first, as the re-send it is; re-sends are few, so no submission pays a read for them.
 * That mapping runs without a savepoint (two round trips to the database at every submission): when the target
 * refuses, the whole transaction is undone with whatever the target wrote, and the submission is received again and
 * stored unmapped with the target's reason. An edit is mapped after its row is written, inside a savepoint that
 * {@link SubmissionBindings#map} holds.
 */
@Service
class SubmissionIntake implements OpenRosaReceiver {

    static final String PREFIX = "collect.submission.";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final FormServer forms;
    private final FormSchemas schemas;
    private final SubmissionBindings bindings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /**
     * The submissions written at once. More, on the same cores, only contend: for the log, for the last pages of the
     * tables and indexes, and for the locks that foreign keys take on the same form and version rows. Sixteen phones
     * at once on two cores: 987 submissions a second with a photo and p99 70 ms unbounded, 1,078 and 31 ms with eight
     * writers (bench/README). Waiting requests are served in turn.
     */
    private final Semaphore writers;

    /** Bindings by form, as of the change stamp (collect_binding is stamped, V53). */
    private final ChangeStamp.Cache<UUID, Optional<BindingRow>> bindingRows;

    SubmissionIntake(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            FormServer forms,
            FormSchemas schemas,
            SubmissionBindings bindings,
            AuditTrail audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ChangeStamp changes,
            @Value("${masar.collect.submission.concurrent-writers:0}") int concurrentWriters) {
        this.writers = new Semaphore(
                concurrentWriters > 0
                        ? concurrentWriters
                        : 4 * Runtime.getRuntime().availableProcessors(),
                true);
        this.bindingRows = changes.cache(1_000);
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.forms = forms;
        this.schemas = schemas;
        this.bindings = bindings;
        this.audit = audit;
        // a transaction of its own whatever the caller holds: a refusal by the target undoes it whole, and the
        // receipt is given for what has committed
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A copy of the submission was stored by a concurrent request after this one looked: receive it again. */
    private static final class StoredMeanwhile extends RuntimeException {
        StoredMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** A refusal found while reading, carried out of the StAX callback. */
    private static final class Refused extends RuntimeException {
        final Receipt receipt;

        Refused(Receipt receipt) {
            super(receipt.code(), null, false, false);
            this.receipt = receipt;
        }
    }

    private record Target(UUID form, UUID versionId, boolean bound, FormSchema schema) {}

    /** What a receiving attempt knows from the attempts undone before it. */
    private record Earlier(boolean stored, SubmissionBindings.@Nullable Unmapped refused) {}

    @Override
    public Receipt receive(Incoming incoming) {
        writers.acquireUninterruptibly();
        try {
            return receiveInTurn(incoming);
        } finally {
            writers.release();
        }
    }

    private Receipt receiveInTurn(Incoming incoming) {
        Earlier earlier = new Earlier(false, null);
        while (true) { // at most three attempts: each undone attempt learns one more thing, once
            Earlier known = earlier;
            try {
                return transactions.execute(status -> receiveOnce(incoming, status, known));
            } catch (StoredMeanwhile meanwhile) {
                if (earlier.stored()) {
                    throw new IllegalStateException("A copy was found twice by the insert, never by the read");
                }
                // a copy is stored: received again, the copy is looked for first
                earlier = new Earlier(true, earlier.refused());
            } catch (SubmissionBindings.NotMapped notMapped) {
                if (earlier.refused() != null) {
                    throw notMapped; // cannot be: a refusal known is not mapped again
                }
                // what the target wrote before refusing is undone with the transaction; received again, unmapped
                earlier = new Earlier(earlier.stored(), notMapped.outcome());
            }
        }
    }

    /** @param earlier what attempts undone before this one found: a copy stored, the target's refusal */
    private Receipt receiveOnce(Incoming incoming, TransactionStatus status, Earlier earlier) {
        Target[] target = new Target[1];
        SubmissionInstance instance;
        try {
            instance = SubmissionInstance.read(incoming.xml(), root -> {
                target[0] = target(root);
                return new HashSet<>(target[0].schema().repeats());
            });
        } catch (Refused refusal) {
            return refusal.receipt;
        } catch (SubmissionInstance.Unreadable e) {
            return receipt(400, "unreadable", e.getMessage());
        }
        String instanceId = instance.instanceId();
        if (instanceId == null || instanceId.isBlank()) {
            return receipt(400, "instance-id-missing");
        }
        if (instanceId.length() > 200) {
            return receipt(400, "instance-id-too-long");
        }
        Target form = target[0];
        byte[] sha256 = sha256(incoming.xml());
        Set<String> expected = attachmentNames(form.schema(), instance.answers());
        CurrentUser user = CurrentUser.get();
        Instant now = clock.instant();
        UUID recordId;
        String deprecatedId = instance.deprecatedId();
        if (deprecatedId != null) {
            Optional<Existing> resent = existing(form.form(), instanceId);
            if (resent.isPresent()) {
                return resent(resent.get(), sha256, incoming, expected, instanceId);
            }
            Optional<UUID> replaced = jdbc.sql("""
                            UPDATE collect_submission SET current = false
                             WHERE form = :form AND instance_id = :deprecated AND current
                            RETURNING record_id
                            """)
                    .param("form", form.form())
                    .param("deprecated", deprecatedId)
                    .query(UUID.class)
                    .optional();
            if (replaced.isEmpty()) {
                boolean known = existing(form.form(), deprecatedId).isPresent();
                return known
                        ? receipt(409, "edit-superseded", deprecatedId)
                        : receipt(404, "edit-unknown", deprecatedId);
            }
            recordId = replaced.get();
        } else {
            recordId = UUID.randomUUID();
        }
        UUID id = UUID.randomUUID();
        SubmissionBindings.Stored stored = new SubmissionBindings.Stored(
                id,
                form.form(),
                instance.formId(),
                form.schema(),
                instanceId,
                deprecatedId,
                instance.answers(),
                user.id());
        // A new submission to a bound form is mapped first and written once with its mapping; an edit is mapped
        // after its row exists, since its target finds what the earlier version became through that row.
        boolean mapFirst = form.bound() && deprecatedId == null;
        SubmissionBindings.Outcome outcome = new SubmissionBindings.Unbound();
        if (mapFirst) {
            if (earlier.stored()) {
                Optional<Existing> copy = existing(form.form(), instanceId);
                if (copy.isPresent()) {
                    return resent(copy.get(), sha256, incoming, expected, instanceId);
                }
            }
            if (earlier.refused() != null) {
                outcome = earlier.refused();
            } else {
                Optional<BindingRow> binding = bindingRows.get(form.form(), this::binding);
                if (binding.isPresent()) {
                    // no savepoint: should the target refuse, the whole transaction is undone and received again
                    outcome = bindings.mapOrUndo(
                            stored, binding.get().target(), binding.get().mapping());
                } // else the binding was removed since the form was read: stored unbound
            }
        }
        Mapping mapping = Mapping.of(outcome);
        Map<String, Part> arrived = firstByName(incoming.parts(), expected);
        FileRows files = new FileRows(expected, arrived);
        String xml = new String(incoming.xml(), StandardCharsets.UTF_8);
        Optional<UUID> inserted;
        try {
            JdbcClient.StatementSpec insert = jdbc.sql("""
                            WITH stored AS (
                                INSERT INTO collect_submission (id, form, form_version, instance_id, record_id,
                                                                deprecated_id, current, xml, xml_sha256, submitted_by,
                                                                submitter, collect_password, device_id, received_at,
                                                                attachments_expected, attachments_present,
                                                                mapping_state, mapping_target, mapping_ref,
                                                                mapping_reason)
                                VALUES (:id, :form, :version, :instanceId, :recordId, :deprecatedId, true, :xml, :sha,
                                        :by, :submitter, :password, :device, :now, :expected, :present,
                                        :mappingState, :mappingTarget, :mappingRef, :mappingReason)
                                ON CONFLICT (form, instance_id) DO NOTHING
                                RETURNING id)
                            """ + files.statements() + "SELECT id FROM stored")
                    .param("id", id)
                    .param("form", form.form())
                    .param("version", form.versionId())
                    .param("instanceId", instanceId)
                    .param("recordId", recordId)
                    .param("deprecatedId", deprecatedId)
                    .param("xml", xml)
                    .param("sha", sha256)
                    .param("by", user.id().value())
                    .param("submitter", user.username())
                    .param("password", incoming.collectPassword())
                    .param(
                            "device",
                            truncate(
                                    incoming.deviceId() != null
                                            ? incoming.deviceId()
                                            : instance.answers().value("meta/deviceID")))
                    .param("now", Timestamp.from(now))
                    .param("expected", expected.size())
                    .param("present", arrived.size())
                    .param("mappingState", mapping.state())
                    .param("mappingTarget", mapping.target())
                    .param("mappingRef", mapping.ref())
                    .param("mappingReason", mapping.reason());
            inserted = files.parameters(insert).query(UUID.class).optional();
        } finally {
            files.close();
        }
        if (inserted.isEmpty() && deprecatedId != null) {
            // a concurrent request stored this edit between the check and the insert: undo the flag, let it retry
            status.setRollbackOnly();
            return receipt(409, "conflict", instanceId);
        }
        if (inserted.isEmpty() && mapFirst) {
            throw new StoredMeanwhile(); // undoes the mapping made for it; received again, it is the re-send it is
        }
        if (inserted.isEmpty()) {
            // the same instanceID was stored first (a re-send, or a concurrent one)
            return resent(existing(form.form(), instanceId).orElseThrow(), sha256, incoming, expected, instanceId);
        }
        // a large file that came with it: its content checked for, then streamed, and its row written
        for (Part part : files.large()) {
            Content content = store(part);
            jdbc.sql("""
                            INSERT INTO collect_submission_attachment (submission, filename, content_type, size, sha256,
                                                                       received_at)
                            VALUES (:id, :name, :type, :size, :sha, :at)
                            """)
                    .param("id", id)
                    .param("name", part.filename())
                    .param("type", content.type())
                    .param("size", content.size())
                    .param("sha", content.sha256())
                    .param("at", Timestamp.from(now))
                    .update();
        }
        if (deprecatedId != null && !expected.isEmpty()) {
            keepEditedFiles(id, form.form(), deprecatedId);
        }
        if (form.bound() && !mapFirst) {
            mapping(id, Mapping.of(bindings.map(stored)));
        }
        return receipt(201, "created");
    }

    /** The mapping columns of a submission's row: all null while its form is unbound. */
    private record Mapping(
            @Nullable String state,
            @Nullable String target,
            @Nullable String ref,
            @Nullable String reason) {

        static Mapping of(SubmissionBindings.Outcome outcome) {
            return switch (outcome) {
                case SubmissionBindings.Unbound unbound -> new Mapping(null, null, null, null);
                case SubmissionBindings.Mapped mapped -> new Mapping("mapped", mapped.target(), mapped.ref(), null);
                case SubmissionBindings.Unmapped unmapped ->
                    new Mapping(
                            "unmapped",
                            unmapped.target(),
                            null,
                            unmapped.reason().length() > 2000
                                    ? unmapped.reason().substring(0, 2000)
                                    : unmapped.reason());
            };
        }
    }

    private Target target(SubmissionInstance.Root root) {
        FormServer.Receiving receiving = forms.receiving(root.formId(), root.version());
        return switch (receiving) {
            case FormServer.Receiving.Open open ->
                new Target(open.form(), open.versionId(), open.bound(), schemas.of(open.versionId()));
            case FormServer.Receiving.FormUnknown unknown ->
                throw new Refused(receipt(404, "form-unknown", root.formId()));
            case FormServer.Receiving.NotAllowed denied -> {
                audit.record(new AuditEvent(
                        "collect.submission.denied",
                        AuditOutcome.DENIED,
                        "collect-form",
                        root.formId(),
                        "not-allowed",
                        Map.of("version", root.version() == null ? "" : root.version()),
                        CurrentUser.get().username()));
                throw new Refused(receipt(403, "not-allowed", root.formId()));
            }
            case FormServer.Receiving.Closed closed -> throw new Refused(receipt(409, "form-closed", root.formId()));
            case FormServer.Receiving.VersionUnknown version ->
                throw new Refused(
                        receipt(404, "version-unknown", root.formId(), root.version() == null ? "" : root.version()));
        };
    }

    private record Existing(UUID id, byte[] sha256, boolean current) {}

    /** A bound form's binding: its target and mapping. */
    private record BindingRow(String target, String mapping) {}

    private Optional<BindingRow> binding(UUID form) {
        return jdbc.sql("SELECT target, mapping::text AS mapping FROM collect_binding WHERE form = :form")
                .param("form", form)
                .query((row, n) -> new BindingRow(row.getString("target"), row.getString("mapping")))
                .optional();
    }

    private Optional<Existing> existing(UUID form, String instanceId) {
        return jdbc.sql("""
                        SELECT id, xml_sha256, current FROM collect_submission
                         WHERE form = :form AND instance_id = :instance
                        """)
                .param("form", form)
                .param("instance", instanceId)
                .query((row, n) -> new Existing(
                        row.getObject("id", UUID.class), row.getBytes("xml_sha256"), row.getBoolean("current")))
                .optional();
    }

    private Receipt resent(Existing row, byte[] sha256, Incoming incoming, Set<String> expected, String instanceId) {
        if (!row.current()) {
            // as ODK Central: a version that was edited since is out of date, even sent again unchanged
            return receipt(409, "edit-superseded", instanceId);
        }
        if (!Arrays.equals(row.sha256(), sha256)) {
            return receipt(409, "conflict", instanceId);
        }
        storeAttachments(row.id(), incoming.parts(), expected, clock.instant());
        return receipt(201, "resent");
    }

    /** A file that came with a request: its content stored (once per SHA-256), as its row describes it. */
    private record Content(
            byte[] sha256, long size, @Nullable String type) {}

    /** The expected files that came with the request, by name: the first part of a name counts. */
    private static Map<String, Part> firstByName(List<Part> parts, Set<String> expected) {
        Map<String, Part> arrived = new HashMap<>();
        for (Part part : parts) {
            if (expected.contains(part.filename())) {
                arrived.putIfAbsent(part.filename(), part);
            }
        }
        return arrived;
    }

    /**
     * Parts up to this size are sent to the database with their check for the same bytes stored already, in one
     * statement (a photo: a round trip less at each submission); larger ones are checked first, so that a large file
     * sent again is not streamed to the database again.
     */
    private static final long CHECKED_WHILE_SENT = 1 << 20;

    /**
     * Stores a part's content unless the same bytes are stored already (a part up to {@link #CHECKED_WHILE_SENT}
     * sent with its check, a larger one checked first and streamed).
     */
    private Content store(Part part) {
        byte[] sha = sha256(part);
        boolean small = part.size() <= CHECKED_WHILE_SENT;
        boolean known = !small
                && jdbc.sql("SELECT EXISTS (SELECT FROM collect_attachment_content WHERE sha256 = :sha)")
                        .param("sha", sha)
                        .query(Boolean.class)
                        .single();
        if (!known) {
            // NOT EXISTS is evaluated before the row is made: bytes stored already are never written again
            jdbcTemplate.execute("""
                    INSERT INTO collect_attachment_content (sha256, bytes)
                    SELECT ?, ? WHERE NOT EXISTS (SELECT FROM collect_attachment_content WHERE sha256 = ?)
                    ON CONFLICT DO NOTHING
                    """, (PreparedStatementCallback<Integer>) ps -> {
                ps.setBytes(1, sha);
                ps.setBytes(3, sha);
                try (InputStream in = part.open()) {
                    // streamed with its known length: a large file is never held whole in memory
                    ps.setBinaryStream(2, in, part.size());
                    return ps.executeUpdate();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return new Content(sha, part.size(), part.contentType());
    }

    /**
     * The rows of the files a new submission names, written by the statement that writes the submission (one round
     * trip to the database): complete for each file up to {@link #CHECKED_WHILE_SENT} that came with it, whose content
     * the statement stores too unless the same bytes are stored already; empty for the files still to come. Nothing of
     * it is written when the submission is not (a re-send). A larger file is {@link #large()}, stored after.
     */
    private static final class FileRows implements AutoCloseable {

        private final List<String> names = new ArrayList<>();
        private final List<@Nullable String> types = new ArrayList<>();
        private final List<@Nullable Long> sizes = new ArrayList<>();
        private final List<@Nullable String> shas = new ArrayList<>();
        private final List<Part> contents = new ArrayList<>();
        private final List<byte[]> contentShas = new ArrayList<>();
        private final List<Part> large = new ArrayList<>();
        private final List<InputStream> opened = new ArrayList<>();

        FileRows(Set<String> expected, Map<String, Part> arrived) {
            for (String filename : expected) {
                Part part = arrived.get(filename);
                if (part != null && part.size() > CHECKED_WHILE_SENT) {
                    large.add(part);
                    continue;
                }
                names.add(filename);
                types.add(part == null ? null : part.contentType());
                sizes.add(part == null ? null : part.size());
                byte[] sha = part == null ? null : sha256(part);
                shas.add(sha == null ? null : HexFormat.of().formatHex(sha));
                if (part != null && contentShas.stream().noneMatch(other -> Arrays.equals(other, sha))) {
                    contents.add(part);
                    contentShas.add(sha);
                }
            }
        }

        /** The WITH items that follow the submission's ({@code stored}), each with its comma before it. */
        String statements() {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < contents.size(); i++) {
                // NOT EXISTS is evaluated before the row is made: bytes stored already are never written again
                sql.append("""
                        , content%1$d AS (
                            INSERT INTO collect_attachment_content (sha256, bytes)
                            SELECT :contentSha%1$d, :content%1$d
                             WHERE EXISTS (SELECT FROM stored)
                               AND NOT EXISTS (SELECT FROM collect_attachment_content WHERE sha256 = :contentSha%1$d)
                            ON CONFLICT DO NOTHING)
                        """.formatted(i));
            }
            if (!names.isEmpty()) {
                sql.append("""
                        , files AS (
                            INSERT INTO collect_submission_attachment (submission, filename, content_type, size,
                                                                       sha256, received_at)
                            SELECT stored.id, f.filename, f.content_type, f.size, decode(f.sha256, 'hex'),
                                   CASE WHEN f.sha256 IS NULL THEN NULL ELSE CAST(:now AS timestamptz) END
                              FROM stored,
                                   unnest(CAST(:fileNames AS text[]), CAST(:fileTypes AS text[]),
                                          CAST(:fileSizes AS bigint[]), CAST(:fileShas AS text[]))
                                   AS f (filename, content_type, size, sha256))
                        """);
            }
            return sql.toString();
        }

        /** Gives the statement the values of {@link #statements()}: each content streamed with its known length. */
        JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement) {
            for (int i = 0; i < contents.size(); i++) {
                Part part = contents.get(i);
                InputStream in;
                try {
                    in = part.open();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                opened.add(in);
                statement = statement
                        .param("contentSha" + i, contentShas.get(i))
                        .param("content" + i, new SqlBinaryValue(in, part.size()));
            }
            if (!names.isEmpty()) {
                statement = statement
                        .param("fileNames", names.toArray(String[]::new))
                        .param("fileTypes", types.toArray(String[]::new))
                        .param("fileSizes", sizes.toArray(Long[]::new))
                        .param("fileShas", shas.toArray(String[]::new));
            }
            return statement;
        }

        List<Part> large() {
            return large;
        }

        @Override
        public void close() {
            for (InputStream in : opened) {
                try {
                    in.close();
                } catch (IOException e) {
                    // a spooled part that cannot be closed is the container's to clean up; the statement ran
                }
            }
        }
    }

    /** Fills the rows of a stored submission that still lack the files this request brings (a re-send, a later part). */
    private void storeAttachments(UUID submission, List<Part> parts, Set<String> expected, Instant now) {
        boolean stored = false;
        for (Map.Entry<String, Part> part : firstByName(parts, expected).entrySet()) {
            Content content = store(part.getValue());
            int updated = jdbc.sql("""
                            UPDATE collect_submission_attachment
                               SET sha256 = :sha, size = :size, content_type = :type, received_at = :now
                             WHERE submission = :id AND filename = :name AND sha256 IS NULL
                            """)
                    .param("sha", content.sha256())
                    .param("size", content.size())
                    .param("type", content.type())
                    .param("now", Timestamp.from(now))
                    .param("id", submission)
                    .param("name", part.getKey())
                    .update();
            stored |= updated > 0;
        }
        if (stored) {
            countPresent(submission);
        }
    }

    /**
     * An edit names the files of the version it replaces that it keeps; a phone need not send them again (ODK Central
     * does the same): those it did not bring are taken from that version.
     */
    private void keepEditedFiles(UUID submission, UUID form, String deprecatedId) {
        int kept = jdbc.sql("""
                        UPDATE collect_submission_attachment n
                           SET sha256 = o.sha256, size = o.size, content_type = o.content_type,
                               received_at = o.received_at
                          FROM collect_submission_attachment o JOIN collect_submission d ON d.id = o.submission
                         WHERE n.submission = :id AND n.sha256 IS NULL
                           AND d.form = :form AND d.instance_id = :deprecated
                           AND o.filename = n.filename AND o.sha256 IS NOT NULL
                        """)
                .param("id", submission)
                .param("form", form)
                .param("deprecated", deprecatedId)
                .update();
        if (kept > 0) {
            countPresent(submission);
        }
    }

    private void countPresent(UUID submission) {
        jdbc.sql("""
                        UPDATE collect_submission
                           SET attachments_present = (SELECT count(*) FROM collect_submission_attachment a
                                                       WHERE a.submission = :id AND a.sha256 IS NOT NULL)
                         WHERE id = :id
                        """).param("id", submission).update();
    }

    /** Writes what the binding made of an edit, whose row had to exist before it was mapped. */
    private void mapping(UUID id, Mapping mapping) {
        jdbc.sql("""
                        UPDATE collect_submission
                           SET mapping_state = :state, mapping_target = :target, mapping_ref = :ref, mapping_reason = :reason
                         WHERE id = :id
                        """)
                .param("state", mapping.state())
                .param("target", mapping.target())
                .param("ref", mapping.ref())
                .param("reason", mapping.reason())
                .param("id", id)
                .update();
    }

    /** The files the instance names: the answers of its {@code binary} questions, inside repeats too. */
    static Set<String> attachmentNames(FormSchema schema, SubmissionAnswers answers) {
        Set<String> binary = new HashSet<>();
        for (FormSchema.Field field : schema.fields()) {
            if (field.attachment()) {
                binary.add(field.path());
            }
        }
        Set<String> names = new LinkedHashSet<>();
        if (!binary.isEmpty()) {
            collect(answers, "", binary, names);
        }
        return names;
    }

    private static void collect(SubmissionAnswers answers, String prefix, Set<String> binary, Set<String> names) {
        answers.values().forEach((path, value) -> {
            // at the top, the answer's own path (whose hash its map has computed already), not a copy of it
            if (binary.contains(prefix.isEmpty() ? path : prefix + path) && !value.isBlank()) {
                names.add(value.strip());
            }
        });
        answers.repeats().forEach((path, instances) -> {
            for (SubmissionAnswers each : instances) {
                collect(each, prefix + path + "/", binary, names);
            }
        });
    }

    private static Receipt receipt(int status, String code, String... arguments) {
        return new Receipt(status, PREFIX + code, List.of(arguments));
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static byte[] sha256(Part part) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(part.open(), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
