package org.masar.dtm;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Mobility-tracking rounds: their lifecycle (planned → collecting → validating → published, then corrections as new
 * versions), their validation and their figures summed up the gazetteer.
 *
 * <p>Reading needs {@code dtm:read}, {@code dtm:collect} or {@code dtm:manage}; a reader with only {@code dtm:read}
 * sees published versions only (an unpublished round or version is a {@link RoundNotFound} or
 * {@link RoundVersionNotFound} to them). Planning and moving a round needs {@code dtm:manage}; asking for publication
 * needs {@code dtm:publish}, and a second officer with {@code dtm:publish} approves it in the maker-checker. Every
 * change is audited.
 */
public interface Rounds {

    /** Plans a round (version 1, planned). {@link RoundNumberTaken} (409); end before start is a 400. */
    RoundSummary create(NewRound round);

    /** A round the caller may see. */
    Optional<RoundSummary> find(RoundId id);

    /** A round the caller may see; {@link RoundNotFound} (404) otherwise. */
    RoundSummary get(RoundId id);

    /** The rounds the caller may see, latest number first. */
    PageJson<RoundSummary> list(Paging paging);

    /** The round's versions, first first (a reader with only {@code dtm:read} sees the published ones). */
    List<RoundVersion> versions(RoundId id);

    /** The published round with the highest number. */
    Optional<RoundSummary> latestPublished();

    /** The published round just before this one by number. */
    Optional<RoundSummary> previousPublished(RoundId id);

    /**
     * The figures of a version at one level, one entry per unit holding figures (Libya always), in P-code order. A
     * baladiya's figure is its own assessment's when it has one for that key, else the sum of its muhalla; above,
     * sums of baladiya. {@code version} null means the latest published version, or for {@code dtm:collect} and
     * {@code dtm:manage} holders the open version while none is published.
     */
    List<UnitFigures> figures(RoundId id, @Nullable Integer version, DtmLevel level);

    /** Each unit's figures of this round (as {@link #figures} with no version) against the previous published round. */
    List<UnitChange> changes(RoundId id, DtmLevel level);

    /**
     * One unit's figures in every published round (each round's latest published version), by round number: the
     * trend across rounds, read from the aggregates in one query. {@code pcode} is {@code LY} for Libya.
     */
    List<RoundTrendPoint> trend(DtmLevel level, String pcode);

    /** PLANNED → COLLECTING. Needs {@code dtm:manage}. */
    RoundSummary startCollection(RoundId id);

    /**
     * Runs the five validation rules on the round's open version, moving it from COLLECTING to VALIDATING the first
     * time; flags no longer found are marked fixed. Needs {@code dtm:manage}. Returns the version's flags.
     */
    List<ValidationFlag> validate(RoundId id);

    /** The flags of a version (the open one, else the latest), open first. */
    List<ValidationFlag> flags(RoundId id, @Nullable Integer version);

    /** A DTM officer ({@code dtm:manage}) confirms a flagged figure is right, with the reason. */
    ValidationFlag confirmFlag(RoundId id, ValidationFlagId flag, String reason);

    /**
     * Asks a second DTM officer to approve the publication of the validating version ({@code dtm:publish}): validation
     * runs again and {@link OpenValidationFlags} (409) refuses while a flag is open. The version stays as it is
     * until the approval, which publishes it (frozen, aggregates written).
     */
    RoundVersion requestPublication(RoundId id);

    /**
     * Opens the next version of a published round for a correction, with its reason ({@code dtm:manage}): a copy of
     * the published version's assessments, figures, informants, needs and gaps, in COLLECTING. The published
     * version stays readable.
     */
    RoundVersion openCorrection(RoundId id, String reason);

    /** How much of the gazetteer the version covers (the open one, else the latest). */
    Coverage coverage(RoundId id, @Nullable Integer version);
}
