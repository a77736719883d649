package org.masar.cases.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseStage;
import org.masar.cases.CaseTransition;
import org.masar.cases.CaseType;

/**
 * A case type as data: its stages in order, its moves (and which need a supervisor's approval), its default
 * sensitivity, its names in both languages and its current assessment version.
 */
record CaseTypeJson(
        String code,
        String programme,
        Names name,
        String defaultSensitivity,
        @Nullable String timelinePermission,
        boolean active,
        List<StageJson> stages,
        List<TransitionJson> transitions,
        @Nullable Integer assessmentVersion) {

    record Names(String en, String ar) {}

    record StageJson(String code, int position, Names name, boolean closing) {}

    record TransitionJson(String from, String to, boolean needsApproval) {}

    static CaseTypeJson of(CaseType type) {
        return new CaseTypeJson(
                type.code(),
                type.programme(),
                new Names(type.nameEn(), type.nameAr()),
                type.defaultSensitivity().name(),
                type.timelinePermission(),
                type.active(),
                type.stages().stream().map(CaseTypeJson::stage).toList(),
                type.transitions().stream()
                        .map(move -> new TransitionJson(move.from(), move.to(), move.needsApproval()))
                        .toList(),
                type.assessmentVersion());
    }

    private static StageJson stage(CaseStage stage) {
        return new StageJson(
                stage.code(), stage.position(), new Names(stage.nameEn(), stage.nameAr()), stage.closing());
    }

    /** A type to create; stages are given in order. */
    record Creation(
            @Nullable String code,
            @Nullable String programme,
            @Nullable Names name,
            @Nullable String defaultSensitivity,
            @Nullable String timelinePermission,
            @Nullable List<StageCreation> stages,
            @Nullable List<TransitionJson> transitions) {}

    record StageCreation(
            @Nullable String code,
            @Nullable Names name,
            @Nullable Boolean closing) {}

    static List<CaseTransition> transitions(List<TransitionJson> moves) {
        return moves.stream()
                .map(move -> move == null ? null : new CaseTransition(move.from(), move.to(), move.needsApproval()))
                .toList();
    }
}
