package org.masar.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.access.Sensitivity;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.AssessmentVersion;
import org.masar.cases.CaseStage;
import org.masar.cases.CaseTransition;
import org.masar.cases.CaseType;
import org.masar.cases.CaseTypeNotFound;
import org.masar.cases.CaseTypeTaken;
import org.masar.cases.CaseTypes;
import org.masar.cases.NewCaseType;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.questionnaire.AnswerSchema;
import org.masar.shared.questionnaire.QuestionShape;
import org.masar.shared.questionnaire.QuestionnaireValidation;
import org.masar.shared.questionnaire.RefusalCodes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case types as data. A type's stages and moves are checked as a whole before anything is written (codes, at least
 * one closing stage after a first stage that is not, moves between known stages); its assessment questionnaire is a
 * {@code shared.questionnaire} definition, as the people screening's is.
 */
@Service
class CaseTypeService implements CaseTypes {

    private static final String CODE = "[a-z][a-z0-9-]{1,39}";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;
    private final QuestionnaireValidation validation = new QuestionnaireValidation(
            "/cases/assessment-definition.schema.json",
            new RefusalCodes(
                    "cases.validation.required",
                    "cases.validation.unknown-field",
                    "cases.validation.does-not-fit",
                    "cases.validation.unknown-question",
                    "cases.validation.answer-does-not-fit"));

    CaseTypeService(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('cases:manage-types')")
    @Transactional(readOnly = true)
    public List<CaseType> list() {
        List<String> codes = jdbc.sql("SELECT code FROM cases_case_type WHERE active ORDER BY code")
                .query(String.class)
                .list();
        return codes.stream().map(this::load).toList();
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('cases:manage-types')")
    @Transactional(readOnly = true)
    public CaseType get(String code) {
        return load(code);
    }

    /** A type, for the module's own use (no permission: the caller checked its own). */
    CaseType load(String code) {
        record Head(
                String code,
                String programme,
                String nameEn,
                String nameAr,
                String sensitivity,
                @Nullable String timelinePermission,
                boolean active) {}
        Head head = jdbc.sql("""
                        SELECT code, programme, name_en, name_ar, default_sensitivity, timeline_permission, active
                          FROM cases_case_type WHERE code = :code
                        """)
                .param("code", code)
                .query((rs, n) -> new Head(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .optional()
                .orElseThrow(() -> new CaseTypeNotFound(code));
        List<CaseStage> stages = jdbc.sql("""
                        SELECT code, position, name_en, name_ar, closing FROM cases_stage
                         WHERE case_type = :code ORDER BY position
                        """)
                .param("code", code)
                .query((rs, n) -> new CaseStage(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
        List<CaseTransition> transitions = jdbc.sql("""
                        SELECT t.from_stage, t.to_stage, t.needs_approval FROM cases_transition t
                          JOIN cases_stage f ON f.case_type = t.case_type AND f.code = t.from_stage
                          JOIN cases_stage s ON s.case_type = t.case_type AND s.code = t.to_stage
                         WHERE t.case_type = :code ORDER BY f.position, s.position
                        """)
                .param("code", code)
                .query((rs, n) -> new CaseTransition(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        Integer assessment = jdbc.sql("SELECT max(number) FROM cases_assessment_version WHERE case_type = :code")
                .param("code", code)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return new CaseType(
                head.code(),
                head.programme(),
                head.nameEn(),
                head.nameAr(),
                Sensitivity.valueOf(head.sensitivity()),
                head.timelinePermission(),
                head.active(),
                stages,
                transitions,
                assessment);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:manage-types')")
    @Transactional
    public CaseType create(NewCaseType type) {
        List<InvalidFields.Field> errors = check(type);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        boolean taken = jdbc.sql("SELECT count(*) > 0 FROM cases_case_type WHERE code = :code")
                .param("code", type.code())
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new CaseTypeTaken(type.code());
        }
        if (type.timelinePermission() != null) {
            boolean known = jdbc.sql("SELECT count(*) > 0 FROM access_permission WHERE code = :code")
                    .param("code", type.timelinePermission())
                    .query(Boolean.class)
                    .single();
            if (!known) {
                throw new InvalidFields(
                        List.of(new InvalidFields.Field("timelinePermission", "cases.validation.unknown-permission")));
            }
        }
        try {
            jdbc.sql("""
                            INSERT INTO cases_case_type (code, programme, name_en, name_ar, default_sensitivity,
                                                         timeline_permission)
                            VALUES (:code, :programme, :nameEn, :nameAr, :sensitivity, :permission)
                            """)
                    .param("code", type.code())
                    .param("programme", type.programme())
                    .param("nameEn", type.nameEn().strip())
                    .param("nameAr", type.nameAr().strip())
                    .param("sensitivity", type.defaultSensitivity().name())
                    .param("permission", type.timelinePermission())
                    .update();
            int position = 1;
            for (CaseStage stage : type.stages()) {
                jdbc.sql("""
                                INSERT INTO cases_stage (case_type, code, position, name_en, name_ar, closing)
                                VALUES (:type, :code, :position, :nameEn, :nameAr, :closing)
                                """)
                        .param("type", type.code())
                        .param("code", stage.code())
                        .param("position", position++)
                        .param("nameEn", stage.nameEn().strip())
                        .param("nameAr", stage.nameAr().strip())
                        .param("closing", stage.closing())
                        .update();
            }
            for (CaseTransition move : type.transitions()) {
                jdbc.sql("""
                                INSERT INTO cases_transition (case_type, from_stage, to_stage, needs_approval)
                                VALUES (:type, :from, :to, :approval)
                                """)
                        .param("type", type.code())
                        .param("from", move.from())
                        .param("to", move.to())
                        .param("approval", move.needsApproval())
                        .update();
            }
        } catch (DataIntegrityViolationException raced) {
            throw new CaseTypeTaken(type.code());
        }
        audit.record(AuditEvent.of("cases.type.created", "case-type", type.code())
                .with("stages", type.stages().size())
                .with("transitions", type.transitions().size()));
        return load(type.code());
    }

    /** What does not hold in a new type, each field named as the request's JSON names it. */
    private static List<InvalidFields.Field> check(NewCaseType type) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (type.code() == null || !type.code().matches(CODE)) {
            errors.add(new InvalidFields.Field("code", "cases.validation.code"));
        }
        Set<String> programmes =
                java.util.Arrays.stream(Programme.values()).map(Enum::name).collect(Collectors.toSet());
        if (type.programme() == null || !programmes.contains(type.programme())) {
            errors.add(new InvalidFields.Field("programme", "cases.validation.does-not-fit"));
        }
        name(errors, "nameEn", type.nameEn());
        name(errors, "nameAr", type.nameAr());
        if (type.defaultSensitivity() == null) {
            errors.add(new InvalidFields.Field("defaultSensitivity", "cases.validation.required"));
        }
        if (type.timelinePermission() != null && !type.timelinePermission().matches("[a-z]+:[a-z-]{1,60}")) {
            errors.add(new InvalidFields.Field("timelinePermission", "cases.validation.unknown-permission"));
        }
        List<CaseStage> stages = type.stages() == null ? List.of() : type.stages();
        if (stages.size() < 2 || stages.size() > 30) {
            errors.add(new InvalidFields.Field("stages", "cases.validation.stages"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            CaseStage stage = stages.get(i);
            String at = "stages[" + i + "]";
            if (stage == null) {
                errors.add(new InvalidFields.Field(at, "cases.validation.required"));
                continue;
            }
            if (stage.code() == null || !stage.code().matches(CODE) || !codes.add(stage.code())) {
                errors.add(new InvalidFields.Field(at + ".code", "cases.validation.code"));
            }
            name(errors, at + ".nameEn", stage.nameEn());
            name(errors, at + ".nameAr", stage.nameAr());
        }
        if (!stages.isEmpty() && stages.getFirst() != null && stages.getFirst().closing()) {
            errors.add(new InvalidFields.Field("stages[0].closing", "cases.validation.first-stage-closing"));
        }
        if (stages.stream().noneMatch(stage -> stage != null && stage.closing())) {
            errors.add(new InvalidFields.Field("stages", "cases.validation.no-closing-stage"));
        }
        List<CaseTransition> moves = type.transitions() == null ? List.of() : type.transitions();
        if (moves.isEmpty() || moves.size() > 300) {
            errors.add(new InvalidFields.Field("transitions", "cases.validation.transitions"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < moves.size(); i++) {
            CaseTransition move = moves.get(i);
            String at = "transitions[" + i + "]";
            if (move == null) {
                errors.add(new InvalidFields.Field(at, "cases.validation.required"));
                continue;
            }
            if (move.from() == null || !codes.contains(move.from())) {
                errors.add(new InvalidFields.Field(at + ".from", "cases.validation.unknown-stage"));
            }
            if (move.to() == null || !codes.contains(move.to())) {
                errors.add(new InvalidFields.Field(at + ".to", "cases.validation.unknown-stage"));
            }
            if (move.from() != null && move.from().equals(move.to())) {
                errors.add(new InvalidFields.Field(at + ".to", "cases.validation.same-stage"));
            }
            if (!seen.add(move.from() + " " + move.to())) {
                errors.add(new InvalidFields.Field(at, "cases.validation.duplicate-transition"));
            }
        }
        return errors;
    }

    private static void name(List<InvalidFields.Field> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidFields.Field(field, "cases.validation.required"));
        } else if (value.length() > 200) {
            errors.add(new InvalidFields.Field(field, "cases.validation.too-long"));
        }
    }

    @Override
    @PreAuthorize("hasAuthority('cases:manage-types')")
    @Transactional
    public AssessmentVersion publishAssessment(String caseType, JsonNode definition) {
        load(caseType);
        List<InvalidFields.Field> errors = new ArrayList<>(validation.definitionErrors(definition));
        if (errors.isEmpty()) {
            errors.addAll(inconsistencies(definition));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        int number = jdbc.sql("""
                        SELECT coalesce(max(number), 0) + 1 FROM cases_assessment_version WHERE case_type = :type
                        """).param("type", caseType).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO cases_assessment_version (id, case_type, number, definition, published_at,
                                                              published_by)
                        VALUES (:id, :type, :number, CAST(:definition AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("type", caseType)
                .param("number", number)
                .param("definition", json.writeValueAsString(definition))
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("cases.assessment.published", "assessment-version", id.toString())
                .with("caseType", caseType)
                .with("number", number));
        return currentAssessment(caseType);
    }

    /** Question ids unique, and choice ids unique within their question: what the schema cannot say. */
    private static List<InvalidFields.Field> inconsistencies(JsonNode definition) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        JsonNode list = definition.path("questions");
        for (int i = 0; i < list.size(); i++) {
            JsonNode question = list.get(i);
            if (!questions.add(question.path("id").asString())) {
                errors.add(new InvalidFields.Field("questions[" + i + "].id", "cases.validation.duplicate-id"));
            }
            Set<String> choices = new HashSet<>();
            JsonNode offered = question.path("choices");
            for (int c = 0; c < offered.size(); c++) {
                if (!choices.add(offered.get(c).path("id").asString())) {
                    errors.add(new InvalidFields.Field(
                            "questions[" + i + "].choices[" + c + "].id", "cases.validation.duplicate-id"));
                }
            }
            if (question.has("min")
                    && question.has("max")
                    && question.path("min").asLong() > question.path("max").asLong()) {
                errors.add(new InvalidFields.Field("questions[" + i + "].max", "cases.validation.does-not-fit"));
            }
        }
        return errors;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('cases:manage-types')")
    @Transactional(readOnly = true)
    public AssessmentVersion currentAssessment(String caseType) {
        load(caseType);
        return jdbc.sql("""
                        SELECT id, case_type, number, definition, published_at, published_by
                          FROM cases_assessment_version WHERE case_type = :type ORDER BY number DESC LIMIT 1
                        """)
                .param("type", caseType)
                .query((rs, n) -> new AssessmentVersion(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_type"),
                        rs.getInt("number"),
                        json.readTree(rs.getString("definition")),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by")))
                .optional()
                .orElseThrow(() -> new CaseTypeNotFound(caseType));
    }

    /** A published version with the check of its answers, derived once: versions never change. */
    record Answering(UUID versionId, int number, QuestionnaireValidation.Answers answers) {}

    private final Map<UUID, Answering> answering = new java.util.concurrent.ConcurrentHashMap<>();

    /** The type's current version, with the check of answers to it. */
    Answering currentAnswering(String caseType) {
        AssessmentVersion current = currentAssessment(caseType);
        return answering.computeIfAbsent(current.id(), id -> {
            List<QuestionShape> questions = new ArrayList<>();
            current.definition().path("questions").forEach(question -> questions.add(QuestionShape.read(question)));
            return new Answering(
                    id, current.number(), validation.answers(AnswerSchema.of(questions, (question, answer) -> {
                        if (!"yes_no".equals(question.type())) {
                            return false;
                        }
                        answer.put("type", "boolean");
                        return true;
                    })));
        });
    }

    /** The types' names, for pages: code to {en, ar}. */
    Map<String, String[]> names() {
        return jdbc.sql("SELECT code, name_en, name_ar FROM cases_case_type").query(rs -> {
            Map<String, String[]> names = new java.util.HashMap<>();
            while (rs.next()) {
                names.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
            return names;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
