package org.masar.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.Sensitivity;

/**
 * A case type to create: stages in order (positions are given by the order), the moves between them.
 *
 * @param timelinePermission a permission readers need to see its timeline entries, or null
 */
public record NewCaseType(
        String code,
        String programme,
        String nameEn,
        String nameAr,
        Sensitivity defaultSensitivity,
        @Nullable String timelinePermission,
        List<CaseStage> stages,
        List<CaseTransition> transitions) {}
