package org.masar.dtm.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.Assessment;
import org.masar.dtm.AssessmentEntry;
import org.masar.dtm.AssessmentNotFound;
import org.masar.dtm.Assessments;
import org.masar.dtm.CoverageGap;
import org.masar.dtm.CoverageGapNotFound;
import org.masar.dtm.FigureKey;
import org.masar.dtm.ImportFile;
import org.masar.dtm.ImportReport;
import org.masar.dtm.KeyInformant;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundVersion;
import org.masar.dtm.RoundVersionId;
import org.masar.dtm.UnitAssessed;
import org.masar.dtm.UnitNotAssessable;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments and coverage gaps of a round's open version, entered unit by unit or imported. Each write first asks the
 * version's {@link RoundLifecycle} whether it is open; PostgreSQL refuses any write to a published version anyway.
 * Audit entries name the round and the unit's P-code, never an informant.
 */
@Service
class AssessmentService implements Assessments {

    private static final Pattern UNIT = Pattern.compile("LY\\d{6}(\\d{2})?");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z-]{0,39}");

    private final JdbcClient jdbc;
    private final RoundService rounds;
    private final Gazetteer gazetteer;
    private final FigureUnits units;
    private final ImportProcess imports;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentService(
            JdbcClient jdbc,
            RoundService rounds,
            Gazetteer gazetteer,
            FigureUnits units,
            ImportProcess imports,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.gazetteer = gazetteer;
        this.units = units;
        this.imports = imports;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public Assessment put(RoundId round, String pcode, AssessmentEntry entry) {
        RoundLifecycle version = rounds.latest(round);
        version.requireOpen();
        String unit = assessable(round, pcode);
        check(entry);
        Instant now = now();
        String by = Actor.current().name();
        UUID assessment = upsert(version.id(), unit, entry.assessedOn(), "entry", now, by);
        jdbc.sql("DELETE FROM dtm_figure WHERE assessment_id = :a")
                .param("a", assessment)
                .update();
        jdbc.sql("DELETE FROM dtm_key_informant WHERE assessment_id = :a")
                .param("a", assessment)
                .update();
        jdbc.sql("DELETE FROM dtm_priority_need WHERE assessment_id = :a")
                .param("a", assessment)
                .update();
        writeFigures(assessment, entry.figures());
        for (KeyInformant informant : entry.keyInformants()) {
            jdbc.sql("""
                            INSERT INTO dtm_key_informant (id, assessment_id, role, sex, organisation_type)
                            VALUES (:id, :a, :role, :sex, :type)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("a", assessment)
                    .param("role", informant.role())
                    .param("sex", informant.sex())
                    .param("type", informant.organisationType())
                    .update();
        }
        entry.priorityNeeds().forEach((population, sectors) -> {
            for (int rank = 0; rank < sectors.size(); rank++) {
                jdbc.sql("""
                                INSERT INTO dtm_priority_need (assessment_id, population, rank, sector)
                                VALUES (:a, :population, :rank, :sector)
                                """)
                        .param("a", assessment)
                        .param("population", population)
                        .param("rank", rank + 1)
                        .param("sector", sectors.get(rank))
                        .update();
            }
        });
        jdbc.sql("DELETE FROM dtm_coverage_gap WHERE round_version_id = :v AND pcode = :pcode")
                .param("v", version.id().value())
                .param("pcode", unit)
                .update();
        audit.record(AuditEvent.of("dtm.assessment.saved", "dtm-round", round.toString())
                .with("pcode", unit)
                .with("version", version.number())
                .with("figures", entry.figures().size()));
        return read(version.id(), version.number(), unit).orElseThrow();
    }

    @Override
    @PreAuthorize(RoundService.READ)
    @Transactional(readOnly = true)
    public Optional<Assessment> find(RoundId round, String pcode, @Nullable Integer version) {
        RoundVersion v = rounds.resolveWork(round, version);
        return read(v.id(), v.version(), pcode.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    @PreAuthorize(RoundService.READ)
    @Transactional(readOnly = true)
    public Assessment get(RoundId round, String pcode, @Nullable Integer version) {
        return find(round, pcode, version).orElseThrow(() -> new AssessmentNotFound(abbreviate(pcode)));
    }

    @Override
    @PreAuthorize(RoundService.READ)
    @Transactional(readOnly = true)
    public List<String> assessedUnits(RoundId round, @Nullable Integer version) {
        RoundVersion v = rounds.resolveWork(round, version);
        return jdbc.sql("SELECT pcode FROM dtm_assessment WHERE round_version_id = :v ORDER BY pcode")
                .param("v", v.id().value())
                .query(String.class)
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public CoverageGap putGap(RoundId round, String pcode, String reason, @Nullable String note) {
        RoundLifecycle version = rounds.latest(round);
        version.requireOpen();
        String unit = assessable(round, pcode);
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (!CoverageGap.REASONS.contains(reason)) {
            invalid.add(new InvalidFields.Field("reason", "dtm.gap.reason"));
        }
        if (note != null && note.length() > 1000) {
            invalid.add(new InvalidFields.Field("note", "dtm.gap.note"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
        boolean assessed = jdbc.sql(
                        "SELECT EXISTS (SELECT FROM dtm_assessment WHERE round_version_id = :v AND pcode = :p)")
                .param("v", version.id().value())
                .param("p", unit)
                .query(Boolean.class)
                .single();
        if (assessed) {
            throw new UnitAssessed(unit);
        }
        jdbc.sql("""
                        INSERT INTO dtm_coverage_gap (round_version_id, pcode, reason, note, recorded_at, recorded_by)
                        VALUES (:v, :p, :reason, :note, :now, :by)
                        ON CONFLICT (round_version_id, pcode) DO UPDATE
                           SET reason = EXCLUDED.reason, note = EXCLUDED.note, recorded_at = EXCLUDED.recorded_at,
                               recorded_by = EXCLUDED.recorded_by
                        """)
                .param("v", version.id().value())
                .param("p", unit)
                .param("reason", reason)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("now", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("dtm.coverage-gap.saved", "dtm-round", round.toString())
                .with("pcode", unit)
                .with("version", version.number())
                .with("reason", reason));
        return gaps(version.id()).stream()
                .filter(g -> g.pcode().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public void deleteGap(RoundId round, String pcode) {
        RoundLifecycle version = rounds.latest(round);
        version.requireOpen();
        String unit = pcode.strip().toUpperCase(java.util.Locale.ROOT);
        int deleted = jdbc.sql("DELETE FROM dtm_coverage_gap WHERE round_version_id = :v AND pcode = :p")
                .param("v", version.id().value())
                .param("p", unit)
                .update();
        if (deleted == 0) {
            throw new CoverageGapNotFound(abbreviate(unit));
        }
        audit.record(AuditEvent.of("dtm.coverage-gap.deleted", "dtm-round", round.toString())
                .with("pcode", unit)
                .with("version", version.number()));
    }

    @Override
    @PreAuthorize(RoundService.READ)
    @Transactional(readOnly = true)
    public List<CoverageGap> gaps(RoundId round, @Nullable Integer version) {
        return gaps(rounds.resolveWork(round, version).id());
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public ImportReport importFile(RoundId round, ImportFile file) {
        RoundLifecycle version = rounds.latest(round);
        version.requireOpen();
        LocalDate day = rounds.periodEnd(round);
        ImportProcess.Prepared prepared = imports.prepare(file, day);
        UUID id = UUID.randomUUID();
        Instant now = now();
        String by = Actor.current().name();
        if (prepared.ok()) {
            for (ImportProcess.Ready row : prepared.ready()) {
                UUID assessment = upsert(version.id(), row.pcode(), null, "import:" + id, now, by);
                writeFigures(assessment, row.figures());
                jdbc.sql("DELETE FROM dtm_coverage_gap WHERE round_version_id = :v AND pcode = :pcode")
                        .param("v", version.id().value())
                        .param("pcode", row.pcode())
                        .update();
            }
        }
        ImportReport report = imports.keep(id, version.id(), version.number(), file, prepared, now, by);
        audit.record(AuditEvent.of(
                        prepared.ok() ? "dtm.import.imported" : "dtm.import.refused", "dtm-round", round.toString())
                .with("import", id)
                .with("version", version.number())
                .with("rows", prepared.rows().size())
                .with("errors", prepared.rows().stream().filter(r -> !r.ok()).count()));
        return report;
    }

    @Override
    @PreAuthorize(RoundService.READ)
    @Transactional(readOnly = true)
    public List<ImportReport> imports(RoundId round) {
        rounds.get(round);
        return imports.reports(round);
    }

    /** Inserts the version's assessment of the unit, or touches the existing one; returns its id. */
    private UUID upsert(
            RoundVersionId version,
            String pcode,
            @Nullable LocalDate assessedOn,
            String source,
            Instant now,
            String by) {
        return jdbc.sql("""
                        INSERT INTO dtm_assessment (id, round_version_id, pcode, assessed_on, source,
                                                    created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :v, :pcode, :on, :source, :now, :by, :now, :by)
                        ON CONFLICT (round_version_id, pcode) DO UPDATE
                           SET assessed_on = COALESCE(EXCLUDED.assessed_on, dtm_assessment.assessed_on),
                               source = EXCLUDED.source, updated_at = EXCLUDED.updated_at,
                               updated_by = EXCLUDED.updated_by
                        RETURNING id
                        """)
                .param("id", UUID.randomUUID())
                .param("v", version.value())
                .param("pcode", pcode)
                .param("on", assessedOn)
                .param("source", source)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(UUID.class)
                .single();
    }

    private void writeFigures(UUID assessment, Map<String, Long> figures) {
        figures.forEach((key, value) -> jdbc.sql("""
                        INSERT INTO dtm_figure (assessment_id, key, value) VALUES (:a, :key, :value)
                        ON CONFLICT (assessment_id, key) DO UPDATE SET value = EXCLUDED.value
                        """)
                .param("a", assessment)
                .param("key", key.strip())
                .param("value", value)
                .update());
    }

    /** The unit's P-code when it is a baladiya or muhalla of the gazetteer current in the round's period. */
    private String assessable(RoundId round, String pcode) {
        String code = pcode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!UNIT.matcher(code).matches()) {
            throw new UnitNotAssessable(pcode);
        }
        AdminUnit unit = gazetteer.find(new PCode(code)).orElseThrow(() -> new UnitNotAssessable(code));
        if (!(unit.level() == AdminLevel.BALADIYA || unit.level() == AdminLevel.MUHALLA)
                || !unit.isCurrentOn(rounds.periodEnd(round))) {
            throw new UnitNotAssessable(code);
        }
        return code;
    }

    private static void check(AssessmentEntry entry) {
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (entry.figures().size() > 1000) {
            invalid.add(new InvalidFields.Field("figures", "dtm.assessment.too-many"));
        }
        entry.figures().forEach((key, value) -> {
            if (!FigureKey.valid(key)) {
                invalid.add(new InvalidFields.Field("figures." + abbreviate(key), "dtm.assessment.figure-key"));
            } else if (value == null || value < 0) {
                invalid.add(new InvalidFields.Field("figures." + key, "dtm.assessment.figure-value"));
            }
        });
        if (entry.keyInformants().size() > 50) {
            invalid.add(new InvalidFields.Field("keyInformants", "dtm.assessment.too-many"));
        }
        for (int i = 0; i < entry.keyInformants().size(); i++) {
            KeyInformant informant = entry.keyInformants().get(i);
            if (informant == null
                    || informant.role() == null
                    || !CODE.matcher(informant.role()).matches()) {
                invalid.add(new InvalidFields.Field("keyInformants[" + i + "].role", "dtm.assessment.informant-role"));
            }
            if (informant != null
                    && informant.sex() != null
                    && !Set.of("f", "m").contains(informant.sex())) {
                invalid.add(new InvalidFields.Field("keyInformants[" + i + "].sex", "dtm.assessment.informant-sex"));
            }
            if (informant == null
                    || informant.organisationType() == null
                    || !CODE.matcher(informant.organisationType()).matches()) {
                invalid.add(new InvalidFields.Field(
                        "keyInformants[" + i + "].organisationType", "dtm.assessment.informant-organisation"));
            }
        }
        entry.priorityNeeds().forEach((population, sectors) -> {
            if (!FigureKey.POPULATIONS.contains(population)) {
                invalid.add(new InvalidFields.Field(
                        "priorityNeeds." + abbreviate(population), "dtm.assessment.needs-population"));
                return;
            }
            if (sectors == null
                    || sectors.size() > AssessmentEntry.SECTORS.size()
                    || !AssessmentEntry.SECTORS.containsAll(sectors)
                    || new HashSet<>(sectors).size() != sectors.size()) {
                invalid.add(new InvalidFields.Field("priorityNeeds." + population, "dtm.assessment.needs-sector"));
            }
        });
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
    }

    private Optional<Assessment> read(RoundVersionId version, int number, String pcode) {
        record Row(UUID id, @Nullable LocalDate assessedOn, String source, String level, Instant at, String by) {}
        Optional<Row> row = jdbc.sql("""
                        SELECT id, assessed_on, source, level, updated_at, updated_by FROM dtm_assessment
                         WHERE round_version_id = :v AND pcode = :p
                        """)
                .param("v", version.value())
                .param("p", pcode)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .optional();
        return row.map(r -> {
            Map<String, Long> figures = new TreeMap<>();
            jdbc.sql("SELECT key, value FROM dtm_figure WHERE assessment_id = :a")
                    .param("a", r.id())
                    .query(rs -> {
                        figures.put(rs.getString(1), rs.getLong(2));
                    });
            List<KeyInformant> informants = jdbc.sql("""
                            SELECT role, sex, organisation_type FROM dtm_key_informant WHERE assessment_id = :a
                             ORDER BY role, organisation_type, sex
                            """)
                    .param("a", r.id())
                    .query((rs, n) -> new KeyInformant(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            Map<String, List<String>> needs = new LinkedHashMap<>();
            jdbc.sql(
                            "SELECT population, sector FROM dtm_priority_need WHERE assessment_id = :a ORDER BY population, rank")
                    .param("a", r.id())
                    .query(rs -> {
                        needs.computeIfAbsent(rs.getString(1), p -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
            FigureUnits.Named named = units.named(pcode);
            return new Assessment(
                    pcode,
                    r.level(),
                    named.nameEn(),
                    named.nameAr(),
                    number,
                    r.assessedOn(),
                    r.source(),
                    figures,
                    informants,
                    needs,
                    r.at(),
                    r.by());
        });
    }

    private List<CoverageGap> gaps(RoundVersionId version) {
        return jdbc.sql("""
                        SELECT pcode, reason, note, recorded_at, recorded_by FROM dtm_coverage_gap
                         WHERE round_version_id = :v ORDER BY pcode
                        """)
                .param("v", version.value())
                .query((rs, n) -> {
                    FigureUnits.Named named = units.named(rs.getString(1));
                    return new CoverageGap(
                            rs.getString(1),
                            named.nameEn(),
                            named.nameAr(),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getString(5));
                })
                .list();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
