package org.masar.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.InvalidField;
import org.masar.people.PersonId;
import org.masar.people.Screening;
import org.masar.people.ScreeningFlag;
import org.masar.people.ScreeningVersion;
import org.masar.people.ScreeningVersionId;
import org.masar.people.Screenings;
import org.masar.shared.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Vulnerability screening: reading the questionnaire needs {@code people:read}, {@code people:screen} or
 * {@code people:manage-screening}; publishing a new version needs {@code people:manage-screening}; screening a person
 * needs {@code people:screen}, and reading their screenings {@code people:read}, with the person within the caller's
 * scopes. Restricted flags (gender-based violence, trafficking) and the answers that set them are shown only to callers
 * holding {@code protection:read-restricted}.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Screening", description = "Vulnerability screening defined as data, in versions")
class ScreeningsApi {

    private final Screenings screenings;

    ScreeningsApi(Screenings screenings) {
        this.screenings = screenings;
    }

    /** A version of the questionnaire, without its definition. */
    record VersionSummaryJson(String id, String questionnaire, int number, Instant publishedAt, String publishedBy) {

        static VersionSummaryJson of(ScreeningVersion version) {
            return new VersionSummaryJson(
                    version.id().toString(),
                    version.questionnaire(),
                    version.number(),
                    version.publishedAt(),
                    version.publishedBy());
        }
    }

    /** A version of the questionnaire with its definition and the JSON Schema its answers must fit. */
    record VersionJson(
            String id,
            String questionnaire,
            int number,
            Instant publishedAt,
            String publishedBy,
            @Schema(type = "object") JsonNode definition,
            @Schema(type = "object") JsonNode answerSchema) {

        static VersionJson of(ScreeningVersion version) {
            return new VersionJson(
                    version.id().toString(),
                    version.questionnaire(),
                    version.number(),
                    version.publishedAt(),
                    version.publishedBy(),
                    version.definition(),
                    version.answerSchema());
        }
    }

    /**
     * A person's answers.
     *
     * @param version the version answered (its id); absent for the current one
     * @param answers by question id: true/false, a choice's id, a list of choices' ids, a whole number, a date
     *     (yyyy-mm-dd) or text, as each question's type says
     */
    record ScreeningRequest(
            @Nullable String version,
            @Schema(type = "object") @Nullable JsonNode answers) {}

    /** A flag, labelled in the caller's language. */
    record FlagJson(String code, String label) {}

    /** A screening as the caller may see it. */
    record ScreeningJson(
            String id,
            String person,
            String version,
            int versionNumber,
            @Schema(type = "object") JsonNode answers,
            List<FlagJson> flags,
            String priority,
            Instant screenedAt,
            String screenedBy) {

        static ScreeningJson of(Screening screening, Locale locale) {
            return new ScreeningJson(
                    screening.id().toString(),
                    screening.person().toString(),
                    screening.version().toString(),
                    screening.versionNumber(),
                    screening.answers(),
                    screening.flags().stream()
                            .map(flag -> new FlagJson(flag.code(), label(flag, locale)))
                            .toList(),
                    screening.priority().code(),
                    screening.screenedAt(),
                    screening.screenedBy());
        }

        private static String label(ScreeningFlag flag, Locale locale) {
            return "ar".equals(locale.getLanguage()) ? flag.labelAr() : flag.labelEn();
        }
    }

    @GetMapping("/screening/versions")
    @Operation(summary = "Every version of the vulnerability screening, the latest first")
    List<VersionSummaryJson> versions() {
        return screenings.versions().stream().map(VersionSummaryJson::of).toList();
    }

    @GetMapping("/screening/versions/current")
    @Operation(summary = "The version new screenings answer, with its definition and answer schema")
    VersionJson current() {
        return VersionJson.of(screenings.current());
    }

    @GetMapping("/screening/versions/{version}")
    @Operation(summary = "One version, with its definition and answer schema")
    VersionJson version(@PathVariable ScreeningVersionId version) {
        return VersionJson.of(screenings.version(version));
    }

    @PostMapping(path = "/screening/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Publishes the next version of the vulnerability screening (201); older versions stay for the"
                    + " answers given against them. 400 names each part of the definition that does not hold",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "the definition: title {en, ar}, flags [{code, labels, restricted}],"
                                    + " questions [{id, labels, type, required, yes/no, choices, min, max, ranges,"
                                    + " maxLength}]",
                            content = @Content(schema = @Schema(type = "object"))))
    ResponseEntity<VersionJson> publish(@RequestBody JsonNode definition) {
        ScreeningVersion version = screenings.publish(definition);
        return ResponseEntity.created(URI.create("/api/v1/people/screening/versions/" + version.id()))
                .body(VersionJson.of(version));
    }

    @PostMapping(path = "/{id}/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Screens a person: 201 with the flags and priority the answers set; 400 names each answer that"
                    + " does not fit its version, and nothing is written")
    ResponseEntity<ScreeningJson> screen(
            @PathVariable PersonId id, @RequestBody ScreeningRequest request, HttpServletRequest http) {
        List<InvalidField> errors = new ArrayList<>();
        UUID version = request.version() == null ? null : HouseholdsApi.id(request.version(), "version", errors);
        if (request.answers() == null || request.answers().isNull()) {
            errors.add(new InvalidField("answers", "required"));
        }
        HouseholdsApi.refuse(errors);
        Screening screening = screenings.screen(
                id,
                version == null ? null : new ScreeningVersionId(version),
                java.util.Objects.requireNonNull(request.answers()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/screenings"))
                .body(ScreeningJson.of(screening, Problems.locale(http)));
    }

    @GetMapping("/{id}/screenings")
    @Operation(summary = "A person's screenings, the latest first, as far as the caller may see them (audited)")
    List<ScreeningJson> screeningsOf(@PathVariable PersonId id, HttpServletRequest http) {
        Locale locale = Problems.locale(http);
        return screenings.screeningsOf(id).stream()
                .map(screening -> ScreeningJson.of(screening, locale))
                .toList();
    }
}
