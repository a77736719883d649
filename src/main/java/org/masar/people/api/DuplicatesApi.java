package org.masar.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.DuplicatePair;
import org.masar.people.Duplicates;
import org.masar.people.MatchReason;
import org.masar.people.Merge;
import org.masar.people.PersonId;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review of likely duplicates, for supervisors ({@code people:merge}): the queue of pairs, merging a record into
 * another and undoing it, and "not the same person". A person outside the caller's scope shows only what is needed to
 * recognise them, and that view is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Duplicates", description = "Likely duplicate pairs, merges and their undoing, \"not the same person\"")
class DuplicatesApi {

    private final Duplicates duplicates;
    private final MessageSource messages;

    DuplicatesApi(Duplicates duplicates, MessageSource messages) {
        this.duplicates = duplicates;
        this.messages = messages;
    }

    /**
     * One side of a pair.
     *
     * @param inScope whether the caller may open the whole record
     * @param mergedInto the survivor, when this side was merged meanwhile
     */
    record SideJson(
            RecognisableJson person,
            boolean inScope,
            @Nullable String mergedInto) {}

    /**
     * A likely duplicate pair.
     *
     * @param status {@code open}, {@code merged} or {@code not_same}
     * @param foundBy {@code registration} or {@code scan}
     */
    record PairJson(
            SideJson one,
            SideJson other,
            double score,
            List<CandidateJson.ReasonJson> reasons,
            String foundBy,
            String foundAt,
            String status,
            @Nullable String decidedAt,
            @Nullable String decidedBy) {}

    /** Which record carries on. */
    record MergeRequest(@Nullable String survivor) {}

    /** A merge, and its undoing when it was undone. */
    record MergeJson(
            String merged,
            String mergedRegistrationNumber,
            String survivor,
            String mergedAt,
            String mergedBy,
            @Nullable String undoneAt,
            @Nullable String undoneBy) {

        static MergeJson of(Merge merge) {
            return new MergeJson(
                    merge.merged().toString(),
                    merge.mergedNumber(),
                    merge.survivor().toString(),
                    merge.mergedAt().toString(),
                    merge.mergedBy(),
                    text(merge.undoneAt()),
                    merge.undoneBy());
        }
    }

    @GetMapping("/duplicates")
    @Operation(
            summary = "Open likely duplicate pairs with at least one person in the caller's scope, best score first;"
                    + " each person shown as far as needed to recognise them")
    PageJson<PairJson> openPairs(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size,
            HttpServletRequest http) {
        Locale locale = Problems.locale(http);
        return duplicates.openPairs(new Paging(page, size)).map(pair -> json(pair, locale));
    }

    @GetMapping("/duplicates/{one}/{other}")
    @Operation(summary = "One pair, its two persons named in either order, whatever its status")
    PairJson pair(@PathVariable PersonId one, @PathVariable PersonId other, HttpServletRequest http) {
        return json(duplicates.pair(one, other), Problems.locale(http));
    }

    @PostMapping("/duplicates/{one}/{other}/not-same")
    @Operation(summary = "Records that the two persons of an open pair are not the same: never proposed again")
    PairJson notSame(@PathVariable PersonId one, @PathVariable PersonId other, HttpServletRequest http) {
        return json(duplicates.notSame(one, other), Problems.locale(http));
    }

    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Merges this person into the survivor: the record stays, pointing to the survivor, and can be"
                    + " restored; 409 into itself, a deleted person, or when already merged")
    MergeJson merge(@PathVariable PersonId id, @RequestBody MergeRequest request) {
        String survivor = request.survivor();
        if (survivor == null || survivor.isBlank()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("survivor", "people.validation.required")));
        }
        UUID survivorId;
        try {
            survivorId = UUID.fromString(survivor.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFields(List.of(new InvalidFields.Field("survivor", "people.validation.not-a-person-id")));
        }
        return MergeJson.of(duplicates.merge(id, new PersonId(survivorId)));
    }

    @PostMapping("/{id}/unmerge")
    @Operation(summary = "Undoes the merge of this person: their record is their own again; 409 when not merged")
    MergeJson unmerge(@PathVariable PersonId id) {
        return MergeJson.of(duplicates.unmerge(id));
    }

    @GetMapping("/{id}/merges")
    @Operation(summary = "The records merged into this person, newest first, undone merges included")
    List<MergeJson> mergesInto(@PathVariable PersonId id) {
        return duplicates.mergesInto(id).stream().map(MergeJson::of).toList();
    }

    private PairJson json(DuplicatePair pair, Locale locale) {
        return new PairJson(
                side(pair.one()),
                side(pair.other()),
                pair.score(),
                pair.reasons().stream()
                        .map(reason -> new CandidateJson.ReasonJson(reason.code(), reason.args(), text(reason, locale)))
                        .toList(),
                pair.foundBy(),
                pair.foundAt().toString(),
                pair.status().code(),
                text(pair.decidedAt()),
                pair.decidedBy());
    }

    private static SideJson side(DuplicatePair.Side side) {
        return new SideJson(
                RecognisableJson.of(side.person()),
                side.inScope(),
                side.mergedInto() == null ? null : side.mergedInto().toString());
    }

    private String text(MatchReason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), reason.args().toArray(), reason.code(), locale);
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
