package org.masar.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.people.AgeBand;
import org.masar.people.BatchOutcome;
import org.masar.people.DuplicateCandidate;
import org.masar.people.InvalidField;
import org.masar.people.MatchReason;
import org.masar.people.People;
import org.masar.people.PersonChange;
import org.masar.people.PersonDetails;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonTimeline;
import org.masar.people.PopulationGroup;
import org.masar.people.Registration;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People: registering needs {@code people:register}, reading {@code people:read} within the caller's scopes, correcting
 * {@code people:edit}. Registration is never refused for resembling someone: the likely duplicates come back with it.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People", description = "One person, one record: registration, duplicate candidates, search")
class PeopleApi {

    private final People people;
    private final PersonTimeline timeline;
    private final MessageSource messages;
    private final Problems problems;
    private final JsonMapper json;
    private final Clock clock;

    PeopleApi(
            People people,
            PersonTimeline timeline,
            MessageSource messages,
            Problems problems,
            JsonMapper json,
            Clock clock) {
        this.people = people;
        this.timeline = timeline;
        this.messages = messages;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
    }

    /** A registration's answer. */
    record RegistrationJson(String id, String registrationNumber, List<CandidateJson> duplicateCandidates) {}

    /** The duplicate candidates of a person, best first. */
    record CandidatesJson(List<CandidateJson> candidates) {}

    /**
     * One person of a batch: {@code status} 201 with the registration, or 400 with a problem naming the fields in
     * error (and nothing written for that person).
     */
    record BatchItemJson(
            int index,
            int status,
            @Nullable String id,
            @Nullable String registrationNumber,
            @Nullable List<CandidateJson> duplicateCandidates,
            @Nullable ProblemDetail problem) {}

    /** Up to 1,000 persons to register. */
    record BatchRequest(List<PersonRequest> people) {}

    /** A batch's answer: a result per person, in order. */
    record BatchJson(int registered, int refused, List<BatchItemJson> results) {}

    /** A deletion: the version read, and why. */
    record DeletionRequest(
            @Nullable Integer version, @Nullable String reason) {}

    /** One timeline entry, with its text in the caller's language. */
    record TimelineEntryJson(
            String occurredAt,
            String module,
            String kind,
            @Nullable String recordId,
            String actor,
            Map<String, String> details,
            String text) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Registers a person: 201 with id, registration number and likely duplicates (never refused"
                    + " for resembling someone); 400 names every field in error")
    ResponseEntity<RegistrationJson> register(@RequestBody PersonRequest request, HttpServletRequest http) {
        PersonRequest.Read read = request.read(MissionTime.today(clock));
        refuse(read.errors());
        Registration registration = people.register(read.details());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(registration.id().toString())
                .toUri();
        return ResponseEntity.created(location).body(json(registration, Problems.locale(http)));
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Registers up to 1,000 people, each all-or-nothing: a result per person, in order",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "{\"people\": [...]} (a bare array of persons is taken too)",
                            content = @Content(schema = @Schema(implementation = BatchRequest.class))))
    ResponseEntity<?> registerAll(@RequestBody JsonNode body, HttpServletRequest http) {
        JsonNode list = body.isArray() ? body : body.path("people");
        if (!list.isArray() || list.isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("people", "people.validation.required")));
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw new InvalidFields(
                        List.of(new InvalidFields.Field("people[" + i + "]", "people.validation.unreadable")));
            }
        }
        if (list.size() > 1000) {
            throw new InvalidFields(List.of(new InvalidFields.Field("people", "people.validation.batch-too-large")));
        }
        Locale locale = Problems.locale(http);
        List<BatchItemJson> results = new ArrayList<>();
        List<PersonDetails> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        LocalDate today = MissionTime.today(clock);
        for (int i = 0; i < list.size(); i++) {
            PersonRequest request;
            try {
                request = json.treeToValue(list.get(i), PersonRequest.class);
            } catch (tools.jackson.core.JacksonException unreadable) {
                results.add(refused(i, List.of(new InvalidField("", "unreadable")), locale));
                continue;
            }
            PersonRequest.Read read = request.read(today);
            if (!read.errors().isEmpty()) {
                results.add(refused(i, read.errors(), locale));
                continue;
            }
            results.add(null);
            valid.add(read.details());
            validIndex.add(i);
        }
        List<BatchOutcome> outcomes = valid.isEmpty() ? List.of() : people.registerAll(valid);
        for (BatchOutcome outcome : outcomes) {
            int index = validIndex.get(outcome.index());
            Registration registration = outcome.registration();
            results.set(
                    index,
                    registration == null
                            ? refused(index, outcome.errors(), locale)
                            : new BatchItemJson(
                                    index,
                                    201,
                                    registration.id().toString(),
                                    registration.registrationNumber(),
                                    candidates(registration.duplicateCandidates(), locale),
                                    null));
        }
        int registered =
                (int) results.stream().filter(item -> item.status() == 201).count();
        BatchJson answer = new BatchJson(registered, results.size() - registered, results);
        if (registered > 0) {
            return ResponseEntity.ok(answer);
        }
        // Nobody registered: the request as a whole failed, so it is a problem, still with a result per person.
        ProblemDetail problem = problems.of("people.batch-refused", HttpStatus.BAD_REQUEST, locale);
        problem.setProperty("registered", 0);
        problem.setProperty("refused", answer.refused());
        problem.setProperty("results", results);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @PostMapping(path = "/duplicate-candidates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Up to 10 stored persons who may be this one, best first; saves nothing")
    CandidatesJson duplicateCandidates(@RequestBody PersonRequest request, HttpServletRequest http) {
        PersonRequest.Read read = request.read(MissionTime.today(clock));
        refuse(read.errors());
        return new CandidatesJson(candidates(people.duplicateCandidates(read.details()), Problems.locale(http)));
    }

    @GetMapping
    @Operation(
            summary = "People within the caller's scopes: by name in either script, registration number, document"
                    + " or phone, and filters; newest first, best match first when searching")
    PageJson<PersonRowJson> search(
            @Parameter(description = "a name in either script, a registration number, a document or phone number")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "M or F") @RequestParam(required = false) @Nullable Sex sex,
            @Parameter(description = "UNDER_5, FROM_5_TO_11, FROM_12_TO_17, FROM_18_TO_59 or FROM_60")
                    @RequestParam(required = false)
                    @Nullable
                    AgeBand ageBand,
            @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false) @Nullable String nationality,
            @Parameter(description = "migrant, idp, returnee or host") @RequestParam(required = false) @Nullable
                    String populationGroup,
            @Parameter(description = "a baladiya's P-code") @RequestParam(required = false) @Nullable String baladiya,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        PopulationGroup group = null;
        if (populationGroup != null && !populationGroup.isBlank()) {
            try {
                group = PopulationGroup.valueOf(populationGroup.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidFields(List.of(
                        new InvalidFields.Field("populationGroup", "people.validation.unknown-population-group")));
            }
        }
        return people.search(
                        new PersonFilter(q, sex, ageBand, blankToNull(nationality), group, blankToNull(baladiya)),
                        new Paging(page, size))
                .map(PersonRowJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person's whole record (403 outside the caller's scopes); the view is audited")
    PersonJson get(@PathVariable PersonId id) {
        return PersonJson.of(people.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Corrects a person's details; quote the version you read (409 when stale)")
    PersonJson correct(
            @PathVariable PersonId id,
            @Parameter(description = "the version read") @RequestParam int version,
            @RequestBody PersonRequest request) {
        PersonRequest.Read read = request.read(MissionTime.today(clock));
        refuse(read.errors());
        return PersonJson.of(people.correct(id, version, read.details()));
    }

    @PostMapping(path = "/{id}/deletion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Deletes a person softly, with a reason (audited): 204")
    ResponseEntity<Void> delete(@PathVariable PersonId id, @RequestBody DeletionRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        if (request.version() == null) {
            errors.add(new InvalidField("version", "required"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new InvalidField("reason", "required"));
        }
        refuse(errors);
        people.delete(
                id,
                java.util.Objects.requireNonNull(request.version()),
                java.util.Objects.requireNonNull(request.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A person's history, oldest first: each change, when, by whom and which fields")
    List<PersonChange> history(@PathVariable PersonId id) {
        return people.history(id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "A person's timeline across programmes, newest first, as far as the caller may see it")
    List<TimelineEntryJson> timeline(@PathVariable PersonId id, HttpServletRequest http) {
        Locale locale = Problems.locale(http);
        return timeline.entriesOf(id).stream()
                .map(entry -> new TimelineEntryJson(
                        entry.occurredAt().toString(),
                        entry.module(),
                        entry.kind(),
                        entry.recordId(),
                        entry.actor(),
                        entry.details(),
                        messages.getMessage(entry.messageKey(), null, entry.messageKey(), locale)))
                .toList();
    }

    private RegistrationJson json(Registration registration, Locale locale) {
        return new RegistrationJson(
                registration.id().toString(),
                registration.registrationNumber(),
                candidates(registration.duplicateCandidates(), locale));
    }

    private List<CandidateJson> candidates(List<DuplicateCandidate> candidates, Locale locale) {
        return candidates.stream()
                .map(candidate -> CandidateJson.of(candidate, reason -> text(reason, locale)))
                .toList();
    }

    private String text(MatchReason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), reason.args().toArray(), reason.code(), locale);
    }

    private BatchItemJson refused(int index, List<InvalidField> errors, Locale locale) {
        ProblemDetail problem = problems.of("validation", HttpStatus.BAD_REQUEST, locale);
        List<Map<String, String>> fields = errors.stream()
                .map(error -> {
                    String code = "people.validation." + error.code();
                    Map<String, String> field = new LinkedHashMap<>();
                    field.put("field", error.field());
                    field.put("code", code);
                    field.put("message", messages.getMessage(code, null, code, locale));
                    return field;
                })
                .toList();
        problem.setProperty("errors", fields);
        return new BatchItemJson(index, 400, null, null, null, problem);
    }

    private static void refuse(List<InvalidField> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.stream()
                    .map(error -> new InvalidFields.Field(error.field(), "people.validation." + error.code()))
                    .toList());
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
