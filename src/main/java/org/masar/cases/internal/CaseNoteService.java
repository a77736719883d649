package org.masar.cases.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Sensitivity;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNote;
import org.masar.cases.CaseNoteAlreadyCorrected;
import org.masar.cases.CaseNoteId;
import org.masar.cases.CaseNoteNotFound;
import org.masar.cases.CaseNotes;
import org.masar.cases.CaseSummary;
import org.masar.cases.NewCaseNote;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on cases, append-only (the table refuses UPDATE and DELETE to the application). A restricted note's text is
 * sealed by {@link SecretBox} into {@code sealed_text}, so a copy of the database alone does not give it away; it is
 * opened here, after the case's read was allowed (and audited, for a restricted case).
 */
@Service
class CaseNoteService implements CaseNotes {

    static final String SUBJECT = "case-note";
    static final int LONGEST_TEXT = 10_000;

    private final JdbcClient jdbc;
    private final CaseWorkGuard guard;
    private final SecretBox box;

    CaseNoteService(JdbcClient jdbc, CaseWorkGuard guard, SecretBox box) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.box = box;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public PageJson<CaseNote> ofCase(CaseId caseId, Paging paging) {
        guard.readable(caseId);
        List<CaseNote> items = jdbc.sql("""
                        SELECT n.id, n.case_id, n.restricted, n.plain_text, n.sealed_text, n.corrects,
                               (SELECT k.id FROM cases_case_note k WHERE k.corrects = n.id) AS corrected_by,
                               n.written_at, n.written_by
                          FROM cases_case_note n
                         WHERE n.case_id = :case
                         ORDER BY n.written_at DESC, n.id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("case", caseId.value())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> note(row))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM cases_case_note WHERE case_id = :case")
                .param("case", caseId.value())
                .query(Long.class)
                .single();
        long restrictedShown = items.stream().filter(CaseNote::restricted).count();
        if (restrictedShown > 0) {
            // The case's read is audited when the case is restricted; a restricted note of a normal case is a
            // restricted read too, so each page that opens such notes says so.
            guard.audit(
                    "cases.note.restricted-read",
                    "case",
                    caseId.value(),
                    caseId,
                    Map.of("notes", Long.toString(restrictedShown)));
        }
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseNote write(CaseId caseId, NewCaseNote note) {
        CaseSummary summary = guard.writable(caseId);
        return insert(summary, note, null, "cases.note.written");
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseNote correct(CaseId caseId, CaseNoteId noteId, NewCaseNote correction) {
        CaseSummary summary = guard.writable(caseId);
        record Stored(boolean restricted, boolean corrected) {}
        Stored stored = jdbc.sql("""
                        SELECT n.restricted, EXISTS (SELECT 1 FROM cases_case_note k WHERE k.corrects = n.id)
                          FROM cases_case_note n WHERE n.id = :id AND n.case_id = :case
                        """)
                .param("id", noteId.value())
                .param("case", caseId.value())
                .query((row, n) -> new Stored(row.getBoolean(1), row.getBoolean(2)))
                .optional()
                .orElseThrow(() -> new CaseNoteNotFound(noteId));
        if (stored.corrected()) {
            throw new CaseNoteAlreadyCorrected(noteId);
        }
        // A correction of a restricted note is as restricted as what it corrects.
        NewCaseNote kept = new NewCaseNote(correction.text(), correction.restricted() || stored.restricted());
        return insert(summary, kept, noteId, "cases.note.corrected");
    }

    private CaseNote insert(CaseSummary summary, NewCaseNote note, @Nullable CaseNoteId corrects, String action) {
        String text = note.text() == null ? "" : note.text().strip();
        if (text.isEmpty() || text.length() > LONGEST_TEXT) {
            throw new InvalidFields(List.of(new InvalidFields.Field("text", "cases-work.invalid.note")));
        }
        boolean restricted = note.restricted() || summary.sensitivity() == Sensitivity.RESTRICTED;
        UUID id = UUID.randomUUID();
        Instant now = guard.now();
        // One note per correction: a second correction racing the first is refused by the unique index.
        int inserted = jdbc.sql("""
                        INSERT INTO cases_case_note (id, case_id, restricted, plain_text, sealed_text, corrects,
                                                     written_at, written_by)
                        VALUES (:id, :case, :restricted, :plain, :sealed, :corrects, :now, :by)
                        ON CONFLICT (corrects) WHERE corrects IS NOT NULL DO NOTHING
                        """)
                .param("id", id)
                .param("case", summary.id().value())
                .param("restricted", restricted)
                .param("plain", restricted ? null : text)
                .param("sealed", restricted ? box.seal(text.getBytes(StandardCharsets.UTF_8)) : null)
                .param("corrects", corrects == null ? null : corrects.value())
                .param("now", guard.timestamp(now))
                .param("by", guard.actor())
                .update();
        if (inserted == 0 && corrects != null) {
            throw new CaseNoteAlreadyCorrected(corrects);
        }
        guard.audit(
                action,
                SUBJECT,
                id,
                summary.id(),
                corrects == null
                        ? Map.of("restricted", Boolean.toString(restricted))
                        : Map.of("restricted", Boolean.toString(restricted), "corrects", corrects.toString()));
        return new CaseNote(new CaseNoteId(id), summary.id(), restricted, text, corrects, null, now, guard.actor());
    }

    private CaseNote note(ResultSet row) throws SQLException {
        boolean restricted = row.getBoolean("restricted");
        String text = restricted
                ? new String(box.open(row.getString("sealed_text")), StandardCharsets.UTF_8)
                : row.getString("plain_text");
        UUID corrects = row.getObject("corrects", UUID.class);
        UUID correctedBy = row.getObject("corrected_by", UUID.class);
        return new CaseNote(
                new CaseNoteId(row.getObject("id", UUID.class)),
                new CaseId(row.getObject("case_id", UUID.class)),
                restricted,
                text,
                corrects == null ? null : new CaseNoteId(corrects),
                correctedBy == null ? null : new CaseNoteId(correctedBy),
                row.getTimestamp("written_at").toInstant(),
                row.getString("written_by"));
    }
}
