package org.masar.dtm.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.Coverage;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.FigureKey;
import org.masar.dtm.FlagStatus;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundVersionId;
import org.masar.dtm.ValidationFlag;
import org.masar.dtm.ValidationFlagId;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five validation rules of a version, and its flags. Each run finds what is wrong now: a finding nobody flagged yet
 * (or whose flag was fixed before) becomes an open flag, an open flag no longer found is marked fixed, and a confirmed
 * flag stays confirmed with its reason.
 *
 * <ul>
 *   <li>{@code missing-unit}: a current baladiya with neither an assessment (of its own or of one of its muhalla) nor a
 *       coverage gap;
 *   <li>{@code sex-age-sum}: breakdowns by sex, or by age within a sex, that do not add up to their total (all of them
 *       given: not equal; some: more than it), or breakdowns without their total;
 *   <li>{@code household-size}: IDPs' or returnees' individuals per household outside the configured bounds
 *       ({@code masar.dtm.household-size.min|max}, 2 and 12 by default);
 *   <li>{@code muhalla-sum}: a baladiya assessed itself and through muhalla whose muhalla sum exceeds its own figure,
 *       or differs from it when every current muhalla was assessed;
 *   <li>{@code change-from-previous}: a baladiya's total that changed from the previous published round by more than
 *       the round's change threshold.
 * </ul>
 */
@Component
class ValidationRules {

    /** What a run left: open flags, and flags it found fixed. */
    record Outcome(long open, int fixed) {}

    private record Finding(
            String rule, String pcode, @Nullable String key, Map<String, Object> detail) {
        String identity() {
            return rule + "|" + pcode + "|" + (key == null ? "" : key);
        }
    }

    private final JdbcClient jdbc;
    private final FigureUnits units;
    private final AggregationQueries aggregation;
    private final JsonMapper json;
    private final Clock clock;
    private final double minimumHouseholdSize;
    private final double maximumHouseholdSize;

    ValidationRules(
            JdbcClient jdbc,
            FigureUnits units,
            AggregationQueries aggregation,
            JsonMapper json,
            Clock clock,
            @Value("${masar.dtm.household-size.min:2}") double minimumHouseholdSize,
            @Value("${masar.dtm.household-size.max:12}") double maximumHouseholdSize) {
        this.jdbc = jdbc;
        this.units = units;
        this.aggregation = aggregation;
        this.json = json;
        this.clock = clock;
        this.minimumHouseholdSize = minimumHouseholdSize;
        this.maximumHouseholdSize = maximumHouseholdSize;
    }

    /** Runs every rule on the version and brings its flags up to date. */
    Outcome run(RoundId round, RoundVersionId version) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        find(round, version).forEach(finding -> findings.putIfAbsent(finding.identity(), finding));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String by = Actor.current().name();
        Set<String> kept = new HashSet<>();
        int fixed = 0;
        for (ValidationFlag flag : flags(version)) {
            String identity =
                    flag.rule() + "|" + flag.pcode() + "|" + (flag.figureKey() == null ? "" : flag.figureKey());
            Finding finding = findings.get(identity);
            if (flag.status() == FlagStatus.OPEN && finding == null) {
                jdbc.sql("""
                                UPDATE dtm_validation_flag SET status = 'FIXED', settled_at = :now, settled_by = :by
                                 WHERE id = :id
                                """)
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .param("id", flag.id().value())
                        .update();
                fixed++;
            } else if (flag.status() == FlagStatus.OPEN) {
                jdbc.sql("UPDATE dtm_validation_flag SET detail = CAST(:detail AS jsonb) WHERE id = :id")
                        .param("detail", json.writeValueAsString(finding.detail()))
                        .param("id", flag.id().value())
                        .update();
                kept.add(identity);
            } else if (flag.status() == FlagStatus.CONFIRMED) {
                kept.add(identity);
            }
        }
        for (Finding finding : findings.values()) {
            if (kept.add(finding.identity())) {
                jdbc.sql("""
                                INSERT INTO dtm_validation_flag (id, round_version_id, rule, pcode, figure_key, detail,
                                                                 status, found_at)
                                VALUES (:id, :version, :rule, :pcode, :key, CAST(:detail AS jsonb), 'OPEN', :now)
                                """)
                        .param("id", UUID.randomUUID())
                        .param("version", version.value())
                        .param("rule", finding.rule())
                        .param("pcode", finding.pcode())
                        .param("key", finding.key())
                        .param("detail", json.writeValueAsString(finding.detail()))
                        .param("now", Timestamp.from(now))
                        .update();
            }
        }
        long open = jdbc.sql("SELECT count(*) FROM dtm_validation_flag WHERE round_version_id = :v AND status = 'OPEN'")
                .param("v", version.value())
                .query(Long.class)
                .single();
        return new Outcome(open, fixed);
    }

    /** The version's flags: open first, then by rule and unit. */
    List<ValidationFlag> flags(RoundVersionId version) {
        return jdbc.sql("""
                        SELECT id, rule, pcode, figure_key, detail::text AS detail, status, reason, found_at,
                               settled_at, settled_by
                          FROM dtm_validation_flag WHERE round_version_id = :version
                         ORDER BY status = 'OPEN' DESC, rule, pcode, figure_key NULLS FIRST, found_at
                        """)
                .param("version", version.value())
                .query((rs, row) -> {
                    Timestamp settled = rs.getTimestamp("settled_at");
                    return new ValidationFlag(
                            new ValidationFlagId(rs.getObject("id", UUID.class)),
                            rs.getString("rule"),
                            rs.getString("pcode"),
                            rs.getString("figure_key"),
                            json.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() {}),
                            FlagStatus.valueOf(rs.getString("status")),
                            rs.getString("reason"),
                            rs.getTimestamp("found_at").toInstant(),
                            settled == null ? null : settled.toInstant(),
                            rs.getString("settled_by"));
                })
                .list();
    }

    void confirm(ValidationFlagId flag, String reason, String by, Instant at) {
        jdbc.sql("""
                        UPDATE dtm_validation_flag SET status = 'CONFIRMED', reason = :reason, settled_at = :at,
                                                       settled_by = :by
                         WHERE id = :id AND status = 'OPEN'
                        """)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", flag.value())
                .update();
    }

    Coverage coverage(RoundId round, RoundVersionId version) {
        List<AdminUnit> baladiya = units.current(AdminLevel.BALADIYA, periodEnd(round));
        Set<String> assessed = assessedUnits(version);
        Set<String> gaps = gaps(version);
        int covered = 0;
        int gap = 0;
        for (AdminUnit unit : baladiya) {
            String pcode = unit.pcode().value();
            if (assessed.contains(pcode) || assessed.stream().anyMatch(p -> p.startsWith(pcode))) {
                covered++;
            } else if (gaps.contains(pcode)) {
                gap++;
            }
        }
        int muhalla = (int) assessed.stream().filter(p -> p.length() == 10).count();
        return new Coverage(baladiya.size(), covered, gap, baladiya.size() - covered - gap, muhalla);
    }

    private List<Finding> find(RoundId round, RoundVersionId version) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Map<String, Long>> figures = figures(version);
        Set<String> assessed = assessedUnits(version);
        LocalDate day = periodEnd(round);

        // missing-unit
        Set<String> gaps = gaps(version);
        Set<String> baladiyaCovered = new HashSet<>(gaps);
        assessed.forEach(pcode -> baladiyaCovered.add(pcode.substring(0, 8)));
        for (AdminUnit unit : units.current(AdminLevel.BALADIYA, day)) {
            if (!baladiyaCovered.contains(unit.pcode().value())) {
                findings.add(new Finding("missing-unit", unit.pcode().value(), null, Map.of()));
            }
        }

        for (Map.Entry<String, Map<String, Long>> assessment : figures.entrySet()) {
            sexAgeSums(assessment.getKey(), assessment.getValue(), findings);
            householdSizes(assessment.getKey(), assessment.getValue(), findings);
        }

        // muhalla-sum
        for (Map.Entry<String, Map<String, Long>> baladiya : figures.entrySet()) {
            String pcode = baladiya.getKey();
            if (pcode.length() != 8) {
                continue;
            }
            Map<String, Long> sums = new TreeMap<>();
            int muhallaAssessed = 0;
            for (Map.Entry<String, Map<String, Long>> muhalla : figures.entrySet()) {
                if (muhalla.getKey().length() == 10 && muhalla.getKey().startsWith(pcode)) {
                    muhallaAssessed++;
                    muhalla.getValue().forEach((key, value) -> sums.merge(key, value, Long::sum));
                }
            }
            if (muhallaAssessed == 0) {
                continue;
            }
            boolean complete = units.current(AdminLevel.MUHALLA, day).stream()
                    .filter(unit -> unit.pcode().value().startsWith(pcode))
                    .allMatch(unit -> assessed.contains(unit.pcode().value()));
            sums.forEach((key, sum) -> {
                Long own = baladiya.getValue().get(key);
                if (own != null && (sum > own || (complete && sum.longValue() != own))) {
                    findings.add(new Finding(
                            "muhalla-sum",
                            pcode,
                            key,
                            Map.of("baladiya", own, "muhallaSum", sum, "allMuhallaAssessed", complete)));
                }
            });
        }

        // change-from-previous
        RoundMeta meta = meta(round);
        var previousVersion =
                jdbc.sql("""
                        SELECT v.id FROM dtm_round r JOIN dtm_round_version v ON v.round_id = r.id
                         WHERE r.number < :number AND v.status = 'PUBLISHED'
                         ORDER BY r.number DESC, v.version DESC LIMIT 1
                        """).param("number", meta.number()).query(UUID.class).optional();
        if (previousVersion.isPresent()) {
            Map<String, Map<String, Long>> previous =
                    aggregation.published(new RoundVersionId(previousVersion.get()), DtmLevel.BALADIYA);
            Map<String, Map<String, Long>> current = aggregation.live(version, DtmLevel.BALADIYA);
            current.forEach((pcode, values) -> {
                Map<String, Long> before = previous.getOrDefault(pcode, Map.of());
                for (String key : FigureKey.TOTALS) {
                    Long now = values.get(key);
                    Long then = before.get(key);
                    if (now != null && then != null && then > 0) {
                        double share = (double) (now - then) / then;
                        if (Math.abs(share) > meta.threshold()) {
                            findings.add(new Finding(
                                    "change-from-previous",
                                    pcode,
                                    key,
                                    Map.of(
                                            "value",
                                            now,
                                            "previous",
                                            then,
                                            "share",
                                            Math.round(share * 1000) / 1000.0,
                                            "threshold",
                                            meta.threshold())));
                        }
                    }
                }
            });
        }
        return findings;
    }

    private void sexAgeSums(String pcode, Map<String, Long> values, List<Finding> findings) {
        // (parent, dimension) → the children given
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        for (Map.Entry<String, Long> figure : values.entrySet()) {
            if (!FigureKey.valid(figure.getKey())) {
                continue;
            }
            FigureKey key = new FigureKey(figure.getKey());
            String dimension = key.dimension();
            FigureKey parent = key.parent();
            if (parent == null || !("sex".equals(dimension) || "age".equals(dimension))) {
                continue;
            }
            String last = figure.getKey().substring(figure.getKey().lastIndexOf('.') + 1);
            groups.computeIfAbsent(parent.value() + "|" + dimension, g -> new TreeMap<>())
                    .put(last, figure.getValue());
        }
        groups.forEach((group, children) -> {
            String parent = group.substring(0, group.indexOf('|'));
            String dimension = group.substring(group.indexOf('|') + 1);
            long sum = children.values().stream().mapToLong(Long::longValue).sum();
            boolean complete = children.keySet().containsAll(FigureKey.completeValues(dimension));
            Long total = values.get(parent);
            if (total == null || sum > total || (complete && sum != total)) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("total", total == null ? "none" : total);
                detail.put("sum", sum);
                detail.put("breakdown", dimension);
                detail.put("complete", complete);
                findings.add(new Finding("sex-age-sum", pcode, parent, detail));
            }
        });
    }

    private void householdSizes(String pcode, Map<String, Long> values, List<Finding> findings) {
        for (String population : List.of("idps", "returnees")) {
            Long individuals = values.get(population + ".ind");
            Long households = values.get(population + ".hh");
            if (individuals == null || households == null || (individuals == 0 && households == 0)) {
                continue;
            }
            double size = households == 0 ? Double.POSITIVE_INFINITY : (double) individuals / households;
            if (size < minimumHouseholdSize || size > maximumHouseholdSize) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("individuals", individuals);
                detail.put("households", households);
                detail.put("size", households == 0 ? "none" : Math.round(size * 100) / 100.0);
                detail.put("min", minimumHouseholdSize);
                detail.put("max", maximumHouseholdSize);
                findings.add(new Finding("household-size", pcode, population + ".hh", detail));
            }
        }
    }

    /** The version's figures by assessment: P-code → key → value. */
    private Map<String, Map<String, Long>> figures(RoundVersionId version) {
        Map<String, Map<String, Long>> figures = new TreeMap<>();
        jdbc.sql("""
                        SELECT a.pcode, f.key, f.value FROM dtm_assessment a JOIN dtm_figure f ON f.assessment_id = a.id
                         WHERE a.round_version_id = :version
                        """).param("version", version.value()).query(rs -> {
            figures.computeIfAbsent(rs.getString(1), p -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return figures;
    }

    private Set<String> assessedUnits(RoundVersionId version) {
        return new HashSet<>(jdbc.sql("SELECT pcode FROM dtm_assessment WHERE round_version_id = :version")
                .param("version", version.value())
                .query(String.class)
                .list());
    }

    private Set<String> gaps(RoundVersionId version) {
        return new HashSet<>(jdbc.sql("SELECT pcode FROM dtm_coverage_gap WHERE round_version_id = :version")
                .param("version", version.value())
                .query(String.class)
                .list());
    }

    private record RoundMeta(int number, LocalDate periodEnd, double threshold) {}

    private RoundMeta meta(RoundId round) {
        return jdbc.sql("SELECT number, period_end, change_threshold FROM dtm_round WHERE id = :id")
                .param("id", round.value())
                .query((rs, row) -> new RoundMeta(
                        rs.getInt(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3).doubleValue()))
                .single();
    }

    private LocalDate periodEnd(RoundId round) {
        return meta(round).periodEnd();
    }
}
