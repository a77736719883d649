package org.masar.cases;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Case types as data: read by every reader of cases ({@code cases:read}), created and given new assessment versions
 * by who manages them ({@code cases:manage-types}), audited.
 */
public interface CaseTypes {

    /** The active types, by code, each with its stages in order and its moves. */
    List<CaseType> list();

    /** @throws CaseTypeNotFound when there is no such type */
    CaseType get(String code);

    /**
     * Creates a type with its stages and moves; its first assessment comes with {@link #publishAssessment}.
     *
     * @throws org.masar.shared.InvalidFields naming what does not hold
     * @throws CaseTypeTaken when the code is taken
     */
    CaseType create(NewCaseType type);

    /**
     * Publishes the next version of a type's assessment questionnaire, checked against
     * {@code cases/assessment-definition.schema.json} and for what a schema cannot say (question and choice ids unique).
     *
     * @throws org.masar.shared.InvalidFields naming what does not hold
     */
    AssessmentVersion publishAssessment(String caseType, JsonNode definition);

    /** The type's current assessment version. @throws CaseTypeNotFound when the type has none */
    AssessmentVersion currentAssessment(String caseType);
}
