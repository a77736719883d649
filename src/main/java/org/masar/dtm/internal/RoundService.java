package org.masar.dtm.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.masar.approvals.Approval;
import org.masar.approvals.Approvals;
import org.masar.approvals.NewApproval;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.Coverage;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.FigureChange;
import org.masar.dtm.FlagNotOpen;
import org.masar.dtm.FlagStatus;
import org.masar.dtm.NewRound;
import org.masar.dtm.NotPublished;
import org.masar.dtm.OpenValidationFlags;
import org.masar.dtm.RoundCreated;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundNotFound;
import org.masar.dtm.RoundNumberTaken;
import org.masar.dtm.RoundStatus;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.RoundVersion;
import org.masar.dtm.RoundVersionId;
import org.masar.dtm.RoundVersionNotFound;
import org.masar.dtm.Rounds;
import org.masar.dtm.UnitChange;
import org.masar.dtm.UnitFigures;
import org.masar.dtm.ValidationFlag;
import org.masar.dtm.ValidationFlagId;
import org.masar.dtm.ValidationFlagNotFound;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rounds' business steps. A round and its first version are created in SQL; each change of status goes through
 * the {@link RoundLifecycle} aggregate, which refuses a transition that does not apply and raises its event. Figures
 * of an open version are summed on the fly; those of a published version are read from the aggregates its
 * publication wrote ({@link AggregationQueries}).
 */
@Service
class RoundService implements Rounds {

    static final String READ = "hasAnyAuthority('dtm:read', 'dtm:collect', 'dtm:manage')";
    static final String PUBLICATION_TYPE = "dtm.round-publication";

    private final JdbcClient jdbc;
    private final RoundQueries queries;
    private final RoundLifecycleRepository lifecycles;
    private final AggregationQueries aggregation;
    private final FigureUnits units;
    private final ValidationRules validation;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    RoundService(
            JdbcClient jdbc,
            RoundQueries queries,
            RoundLifecycleRepository lifecycles,
            AggregationQueries aggregation,
            FigureUnits units,
            ValidationRules validation,
            Approvals approvals,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.lifecycles = lifecycles;
        this.aggregation = aggregation;
        this.units = units;
        this.validation = validation;
        this.approvals = approvals;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:manage')")
    @Transactional
    public RoundSummary create(NewRound round) {
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (round.number() <= 0) {
            invalid.add(new InvalidFields.Field("number", "dtm.round.number.positive"));
        }
        if (round.periodEnd().isBefore(round.periodStart())) {
            invalid.add(new InvalidFields.Field("periodEnd", "dtm.round.period-end.before-start"));
        }
        if (round.periodStart().getYear() < 2000 || round.periodEnd().getYear() > 2200) {
            invalid.add(new InvalidFields.Field("periodStart", "dtm.round.period.out-of-range"));
        }
        BigDecimal threshold = round.changeThreshold() == null ? new BigDecimal("0.300") : round.changeThreshold();
        if (threshold.signum() <= 0 || threshold.compareTo(new BigDecimal("99")) > 0 || threshold.scale() > 3) {
            invalid.add(new InvalidFields.Field("changeThreshold", "dtm.round.change-threshold.range"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
        RoundId id = RoundId.random();
        RoundVersionId version = RoundVersionId.random();
        Timestamp now = Timestamp.from(now());
        String by = Actor.current().name();
        try {
            jdbc.sql("""
                            INSERT INTO dtm_round (id, number, period_start, period_end, change_threshold,
                                                   created_at, created_by, updated_at, updated_by)
                            VALUES (:id, :number, :start, :end, :threshold, :now, :by, :now, :by)
                            """)
                    .param("id", id.value())
                    .param("number", round.number())
                    .param("start", round.periodStart())
                    .param("end", round.periodEnd())
                    .param("threshold", threshold)
                    .param("now", now)
                    .param("by", by)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RoundNumberTaken(round.number());
        }
        jdbc.sql("""
                        INSERT INTO dtm_round_version (id, round_id, version, status, created_at, created_by,
                                                       updated_at, updated_by)
                        VALUES (:id, :round, 1, 'PLANNED', :now, :by, :now, :by)
                        """)
                .param("id", version.value())
                .param("round", id.value())
                .param("now", now)
                .param("by", by)
                .update();
        audit.record(
                AuditEvent.of("dtm.round.created", "dtm-round", id.toString()).with("number", round.number()));
        events.publishEvent(new RoundCreated(id));
        return queries.summary(id, true).orElseThrow();
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<RoundSummary> find(RoundId id) {
        return queries.summary(id, RoundAccess.seesUnpublished());
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public RoundSummary get(RoundId id) {
        return find(id).orElseThrow(() -> new RoundNotFound(id));
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public PageJson<RoundSummary> list(Paging paging) {
        return queries.list(paging, RoundAccess.seesUnpublished());
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<RoundVersion> versions(RoundId id) {
        get(id);
        return queries.versions(id, RoundAccess.seesUnpublished());
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<RoundSummary> latestPublished() {
        return queries.latestPublished(null);
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<RoundSummary> previousPublished(RoundId id) {
        return queries.latestPublished(get(id).number());
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitFigures> figures(RoundId id, @Nullable Integer version, DtmLevel level) {
        return named(figuresOf(resolve(id, version), level), level);
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<UnitChange> changes(RoundId id, DtmLevel level) {
        RoundVersion version = resolve(id, null);
        Optional<RoundVersion> previousVersion =
                queries.latestPublished(get(id).number()).flatMap(round -> queries.latestPublishedVersion(round.id()));
        Map<String, Map<String, FigureChange>> changes;
        if (version.status() == RoundStatus.PUBLISHED) {
            changes = aggregation.publishedChanges(
                    version.id(), previousVersion.map(RoundVersion::id).orElse(null), level);
        } else {
            Map<String, Map<String, Long>> previous = previousVersion
                    .map(v -> aggregation.published(v.id(), level))
                    .orElse(Map.of());
            changes = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Long>> unit :
                    figuresOf(version, level).entrySet()) {
                Map<String, Long> before = previous.getOrDefault(unit.getKey(), Map.of());
                Map<String, FigureChange> figures = new TreeMap<>();
                unit.getValue().forEach((key, value) -> figures.put(key, FigureChange.of(value, before.get(key))));
                changes.put(unit.getKey(), figures);
            }
        }
        List<UnitChange> named = new ArrayList<>(changes.size());
        changes.forEach((pcode, figures) -> {
            FigureUnits.Named unit = units.named(pcode);
            named.add(new UnitChange(unit.pcode(), unit.nameEn(), unit.nameAr(), figures));
        });
        if (named.isEmpty() && level == DtmLevel.LIBYA) {
            FigureUnits.Named libya = units.named(FigureUnits.LIBYA);
            named.add(new UnitChange(libya.pcode(), libya.nameEn(), libya.nameAr(), Map.of()));
        }
        return named;
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<org.masar.dtm.RoundTrendPoint> trend(DtmLevel level, String pcode) {
        return aggregation.trend(level, pcode.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:manage')")
    @Transactional
    public RoundSummary startCollection(RoundId id) {
        RoundLifecycle version = latest(id);
        version.startCollection(Actor.current().name(), now());
        lifecycles.save(version);
        audit.record(AuditEvent.of("dtm.round.collection-started", "dtm-round", id.toString())
                .with("version", version.number()));
        return get(id);
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:manage')")
    @Transactional
    public List<ValidationFlag> validate(RoundId id) {
        RoundLifecycle version = latest(id);
        version.startValidation(Actor.current().name(), now());
        lifecycles.save(version);
        ValidationRules.Outcome outcome = validation.run(id, version.id());
        audit.record(AuditEvent.of("dtm.round.validated", "dtm-round", id.toString())
                .with("version", version.number())
                .with("open", outcome.open())
                .with("fixed", outcome.fixed()));
        return validation.flags(version.id());
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ValidationFlag> flags(RoundId id, @Nullable Integer version) {
        return validation.flags(resolveWork(id, version).id());
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:manage')")
    @Transactional
    public ValidationFlag confirmFlag(RoundId id, ValidationFlagId flagId, String reason) {
        if (reason.isBlank() || reason.length() > 1000) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", "dtm.flag.reason.required")));
        }
        RoundLifecycle version = latest(id);
        ValidationFlag flag = validation.flags(version.id()).stream()
                .filter(f -> f.id().equals(flagId))
                .findFirst()
                .orElseThrow(() -> new ValidationFlagNotFound(flagId));
        version.requireOpen();
        if (flag.status() != FlagStatus.OPEN) {
            throw new FlagNotOpen(flagId);
        }
        validation.confirm(flagId, reason.strip(), Actor.current().name(), now());
        audit.record(AuditEvent.of("dtm.flag.confirmed", "dtm-round", id.toString())
                .with("flag", flagId)
                .with("rule", flag.rule())
                .with("pcode", flag.pcode()));
        return validation.flags(version.id()).stream()
                .filter(f -> f.id().equals(flagId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:publish')")
    @Transactional(noRollbackFor = OpenValidationFlags.class)
    public RoundVersion requestPublication(RoundId id) {
        RoundSummary round = get(id);
        RoundLifecycle version = latest(id);
        if (version.status() != RoundStatus.VALIDATING) {
            throw new org.masar.dtm.RoundTransitionRefused(id, version.status(), "publish");
        }
        version.requireOpen();
        ValidationRules.Outcome outcome = validation.run(id, version.id());
        if (outcome.open() > 0) {
            audit.record(AuditEvent.of("dtm.round.validated", "dtm-round", id.toString())
                    .with("version", version.number())
                    .with("open", outcome.open())
                    .with("fixed", outcome.fixed()));
            throw new OpenValidationFlags(id, outcome.open());
        }
        String maker = Actor.current().name();
        Approval approval = approvals.request(new NewApproval(
                PUBLICATION_TYPE,
                version.id().toString(),
                "#" + round.number() + " · v" + version.number(),
                "dtm:publish",
                null,
                json.writeValueAsString(Map.of(
                        "round", id.toString(),
                        "number", round.number(),
                        "version", version.number(),
                        "requestedBy", maker))));
        version.requestPublication(approval.id().value(), maker, now());
        lifecycles.save(version);
        audit.record(AuditEvent.of("dtm.round.publication-requested", "dtm-round", id.toString())
                .with("version", version.number())
                .with("approval", approval.id()));
        return queries.version(id, version.number()).orElseThrow();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:manage')")
    @Transactional
    public RoundVersion openCorrection(RoundId id, String reason) {
        if (reason.isBlank() || reason.length() > 1000) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", "dtm.correction.reason.required")));
        }
        RoundLifecycle published = latest(id);
        if (published.status() != RoundStatus.PUBLISHED) {
            throw new NotPublished(id);
        }
        published.correct();
        lifecycles.save(published);
        RoundVersionId next = RoundVersionId.random();
        int number = published.number() + 1;
        Timestamp now = Timestamp.from(now());
        String by = Actor.current().name();
        jdbc.sql("""
                        INSERT INTO dtm_round_version (id, round_id, version, status, correction_reason,
                                                       created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :round, :number, 'COLLECTING', :reason, :now, :by, :now, :by)
                        """)
                .param("id", next.value())
                .param("round", id.value())
                .param("number", number)
                .param("reason", reason.strip())
                .param("now", now)
                .param("by", by)
                .update();
        copy(published.id(), next, published.number(), now, by);
        audit.record(AuditEvent.of("dtm.round.correction-opened", "dtm-round", id.toString())
                .with("version", number)
                .because(reason.strip()));
        return queries.version(id, number).orElseThrow();
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Coverage coverage(RoundId id, @Nullable Integer version) {
        return validation.coverage(id, resolveWork(id, version).id());
    }

    /** Copies a version's assessments (with figures, informants and needs) and gaps into the next one. */
    private void copy(RoundVersionId from, RoundVersionId to, int fromNumber, Timestamp now, String by) {
        jdbc.sql("""
                        INSERT INTO dtm_assessment (id, round_version_id, pcode, assessed_on, source,
                                                    created_at, created_by, updated_at, updated_by)
                        SELECT CAST(md5(a.id::text || CAST(:to AS text)) AS uuid), :to, a.pcode, a.assessed_on, :source, :now, :by, :now, :by
                          FROM dtm_assessment a WHERE a.round_version_id = :from
                        """)
                .param("to", to.value())
                .param("from", from.value())
                .param("source", "correction:" + fromNumber)
                .param("now", now)
                .param("by", by)
                .update();
        jdbc.sql("""
                        INSERT INTO dtm_figure (assessment_id, key, value)
                        SELECT CAST(md5(a.id::text || CAST(:to AS text)) AS uuid), f.key, f.value
                          FROM dtm_figure f JOIN dtm_assessment a ON a.id = f.assessment_id WHERE a.round_version_id = :from
                        """).param("to", to.value()).param("from", from.value()).update();
        jdbc.sql("""
                        INSERT INTO dtm_key_informant (id, assessment_id, role, sex, organisation_type)
                        SELECT gen_random_uuid(), CAST(md5(a.id::text || CAST(:to AS text)) AS uuid), k.role, k.sex, k.organisation_type
                          FROM dtm_key_informant k JOIN dtm_assessment a ON a.id = k.assessment_id
                         WHERE a.round_version_id = :from
                        """).param("to", to.value()).param("from", from.value()).update();
        jdbc.sql("""
                        INSERT INTO dtm_priority_need (assessment_id, population, rank, sector)
                        SELECT CAST(md5(a.id::text || CAST(:to AS text)) AS uuid), n.population, n.rank, n.sector
                          FROM dtm_priority_need n JOIN dtm_assessment a ON a.id = n.assessment_id
                         WHERE a.round_version_id = :from
                        """).param("to", to.value()).param("from", from.value()).update();
        jdbc.sql("""
                        INSERT INTO dtm_coverage_gap (round_version_id, pcode, reason, note, recorded_at, recorded_by)
                        SELECT :to, pcode, reason, note, recorded_at, recorded_by
                          FROM dtm_coverage_gap WHERE round_version_id = :from
                        """).param("to", to.value()).param("from", from.value()).update();
    }

    /** The version figures are read from: the one asked for, or the latest published, or the open one for workers. */
    RoundVersion resolve(RoundId id, @Nullable Integer version) {
        get(id);
        boolean all = RoundAccess.seesUnpublished();
        if (version != null) {
            return queries.version(id, version)
                    .filter(v -> all || v.status() == RoundStatus.PUBLISHED)
                    .orElseThrow(() -> new RoundVersionNotFound(id, version));
        }
        return queries.latestPublishedVersion(id)
                .or(() -> all ? queries.latestVersion(id) : Optional.empty())
                .orElseThrow(() -> new RoundNotFound(id));
    }

    /** The version work happens on: the one asked for, or the latest (open, else the latest published). */
    RoundVersion resolveWork(RoundId id, @Nullable Integer version) {
        get(id);
        boolean all = RoundAccess.seesUnpublished();
        if (version != null) {
            return resolve(id, version);
        }
        return (all ? queries.latestVersion(id) : queries.latestPublishedVersion(id))
                .orElseThrow(() -> new RoundNotFound(id));
    }

    /** The last day of the round's data collection: the day the gazetteer is read as of. */
    java.time.LocalDate periodEnd(RoundId id) {
        return jdbc.sql("SELECT period_end FROM dtm_round WHERE id = :id")
                .param("id", id.value())
                .query(java.time.LocalDate.class)
                .optional()
                .orElseThrow(() -> new RoundNotFound(id));
    }

    /** The lifecycle of the round's latest version. */
    RoundLifecycle latest(RoundId id) {
        RoundVersion latest = queries.latestVersion(id).orElseThrow(() -> new RoundNotFound(id));
        return lifecycles.findById(latest.id()).orElseThrow(() -> new RoundNotFound(id));
    }

    private Map<String, Map<String, Long>> figuresOf(RoundVersion version, DtmLevel level) {
        Map<String, Map<String, Long>> figures = version.status() == RoundStatus.PUBLISHED
                ? aggregation.published(version.id(), level)
                : aggregation.live(version.id(), level);
        if (level == DtmLevel.LIBYA && figures.isEmpty()) {
            return Map.of(FigureUnits.LIBYA, Map.of());
        }
        return figures;
    }

    private List<UnitFigures> named(Map<String, Map<String, Long>> figures, DtmLevel level) {
        List<UnitFigures> named = new ArrayList<>(figures.size());
        figures.forEach((pcode, values) -> {
            FigureUnits.Named unit = units.named(pcode);
            named.add(new UnitFigures(unit.pcode(), unit.nameEn(), unit.nameAr(), values));
        });
        return named;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
