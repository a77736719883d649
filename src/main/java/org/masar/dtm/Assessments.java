package org.masar.dtm;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The assessments of a round's open version: entered unit by unit, recorded as not covered, or imported from a
 * spreadsheet. Writing needs {@code dtm:collect} and a version that is collecting or validating, with no publication
 * pending ({@link RoundNotOpen}, {@link PublicationPending}: 409). Reading is as for {@link Rounds}. Every change is
 * audited.
 */
public interface Assessments {

    /**
     * Enters (or replaces) the assessment of a current baladiya or muhalla ({@link UnitNotAssessable} otherwise) in
     * the round's open version; a coverage gap recorded for the unit is removed.
     */
    Assessment put(RoundId round, String pcode, AssessmentEntry entry);

    /** The unit's assessment in a version (the open one, else the latest published, when null). */
    Optional<Assessment> find(RoundId round, String pcode, @Nullable Integer version);

    /** As {@link #find}; {@link AssessmentNotFound} (404). */
    Assessment get(RoundId round, String pcode, @Nullable Integer version);

    /** The units a version assessed, in P-code order, without their details. */
    List<String> assessedUnits(RoundId round, @Nullable Integer version);

    /** Records a unit as not assessed, and why ({@link UnitAssessed} when it has an assessment). */
    CoverageGap putGap(RoundId round, String pcode, String reason, @Nullable String note);

    /** Removes a coverage gap ({@link CoverageGapNotFound}). */
    void deleteGap(RoundId round, String pcode);

    /** The version's coverage gaps, in P-code order. */
    List<CoverageGap> gaps(RoundId round, @Nullable Integer version);

    /**
     * Imports a spreadsheet into the open version, all or nothing: the report lists every row; when a row is wrong
     * nothing is written but the report ({@link ImportOutcome#REFUSED}), which is kept either way.
     * {@link UnreadableImport} (400) when the file, sheet or a mapped column cannot be read, and nothing is kept.
     */
    ImportReport importFile(RoundId round, ImportFile file);

    /** The imports of a round, newest first. */
    List<ImportReport> imports(RoundId round);
}
