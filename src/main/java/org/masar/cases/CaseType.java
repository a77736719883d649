package org.masar.cases;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.access.Sensitivity;

/**
 * A case type, defined as data: its programme, names, default sensitivity, stages in order and allowed moves.
 *
 * @param timelinePermission what a reader also needs to see the type's entries on a person's timeline, if anything
 * @param assessmentVersion the number of its current assessment questionnaire version, if one was published
 */
public record CaseType(
        String code,
        String programme,
        String nameEn,
        String nameAr,
        Sensitivity defaultSensitivity,
        @Nullable String timelinePermission,
        boolean active,
        List<CaseStage> stages,
        List<CaseTransition> transitions,
        @Nullable Integer assessmentVersion) {

    public CaseType {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
    }

    /** The stage a case of the type opens at. */
    public CaseStage firstStage() {
        return stages.getFirst();
    }

    public Optional<CaseStage> stage(String code) {
        return stages.stream().filter(stage -> stage.code().equals(code)).findFirst();
    }

    /** The move from one stage to another, if the type allows it. */
    public Optional<CaseTransition> transition(String from, String to) {
        return transitions.stream()
                .filter(move -> move.from().equals(from) && move.to().equals(to))
                .findFirst();
    }

    /** The moves allowed from a stage, in the stages' order. */
    public List<CaseTransition> transitionsFrom(String from) {
        return stages.stream()
                .flatMap(stage -> transition(from, stage.code()).stream())
                .toList();
    }
}
