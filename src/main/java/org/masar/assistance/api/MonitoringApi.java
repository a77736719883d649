package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.Monitoring;
import org.masar.assistance.MonitoringInterview;
import org.masar.assistance.MonitoringNewInterview;
import org.masar.assistance.MonitoringNewSurvey;
import org.masar.assistance.MonitoringQuestionnaire;
import org.masar.assistance.MonitoringSampled;
import org.masar.assistance.MonitoringSource;
import org.masar.assistance.MonitoringSummary;
import org.masar.assistance.MonitoringSurvey;
import org.masar.people.PersonId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Post-distribution monitoring: the PDM questionnaire (as data, versioned), surveys of a distribution's or cash cycle's
 * recipients with the sample the server draws, interviews, and the summary. Everything needs
 * {@code assistance:monitor}, within the caller's programme and baladiya scopes.
 */
@RestController
@RequestMapping(path = "/api/v1/assistance/monitoring", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance monitoring", description = "Post-distribution monitoring surveys, samples and interviews")
class MonitoringApi {

    private final Monitoring monitoring;

    MonitoringApi(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    /**
     * A survey to create: {@code source} is {@code distribution} or {@code cash-cycle}; give {@code sampleSize} or
     * {@code samplePercent}; {@code seed} to draw a known sample again (random otherwise, kept either way).
     */
    record SurveyRequest(
            @Nullable String source,
            @Nullable UUID sourceId,
            @Nullable String title,
            @Nullable Integer sampleSize,
            @Nullable Integer samplePercent,
            @Nullable Long seed) {}

    /**
     * An interview: {@code outcome} is {@code interviewed} (with {@code answers}, an object by question id),
     * {@code not-reached} or {@code refused} (with the {@code reason}); the day as YYYY-MM-DD, today when not given.
     */
    record InterviewRequest(
            @Nullable UUID person,
            @Nullable String outcome,
            @Nullable JsonNode answers,
            @Nullable String reason,
            @Nullable String interviewedOn) {}

    record QuestionnaireJson(
            String id,
            int number,
            JsonNode definition,
            JsonNode answerSchema,
            Instant publishedAt,
            String publishedBy) {

        static QuestionnaireJson of(MonitoringQuestionnaire q) {
            return new QuestionnaireJson(
                    q.id().toString(), q.number(), q.definition(), q.answerSchema(), q.publishedAt(), q.publishedBy());
        }
    }

    record SurveyJson(
            String id,
            String source,
            String sourceId,
            String title,
            int questionnaire,
            String programme,
            @Nullable String baladiya,
            int population,
            int sampleSize,
            @Nullable Integer samplePercent,
            String seed,
            Instant createdAt,
            String createdBy,
            int interviewed,
            int notReached,
            int refused,
            int pending) {

        static SurveyJson of(MonitoringSurvey s) {
            return new SurveyJson(
                    s.id().toString(),
                    s.source(),
                    s.sourceId().toString(),
                    s.title(),
                    s.questionnaire(),
                    s.programme(),
                    s.baladiya(),
                    s.population(),
                    s.sampleSize(),
                    s.samplePercent(),
                    Long.toString(s.seed()),
                    s.createdAt(),
                    s.createdBy(),
                    s.interviewed(),
                    s.notReached(),
                    s.refused(),
                    s.pending());
        }
    }

    record SampledJson(
            String person,
            int position,
            String registrationNumber,
            String nameAr,
            String nameLat,
            @Nullable String sex,
            @Nullable String ageBand,
            String status) {

        static SampledJson of(MonitoringSampled s) {
            return new SampledJson(
                    s.person().toString(),
                    s.position(),
                    s.registrationNumber(),
                    s.nameAr(),
                    s.nameLat(),
                    s.sex() == null ? null : s.sex().name(),
                    s.ageBand() == null ? null : s.ageBand().name(),
                    s.status());
        }
    }

    record InterviewJson(
            String id,
            String survey,
            String person,
            String outcome,
            @Nullable Integer questionnaire,
            @Nullable JsonNode answers,
            @Nullable String reason,
            LocalDate interviewedOn,
            Instant recordedAt,
            String recordedBy) {

        static InterviewJson of(MonitoringInterview i) {
            return new InterviewJson(
                    i.id().toString(),
                    i.survey().toString(),
                    i.person().toString(),
                    i.outcome(),
                    i.questionnaire(),
                    i.answers(),
                    i.reason(),
                    i.interviewedOn(),
                    i.recordedAt(),
                    i.recordedBy());
        }
    }

    record SourceJson(
            String source, String sourceId, String programme, long recipients, LocalDate lastDelivered, long surveys) {

        static SourceJson of(MonitoringSource s) {
            return new SourceJson(
                    s.source(), s.sourceId().toString(), s.programme(), s.recipients(), s.lastDelivered(), s.surveys());
        }
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The current PDM questionnaire version (new surveys use it), with its answers' JSON Schema")
    QuestionnaireJson current() {
        return QuestionnaireJson.of(monitoring.currentQuestionnaire());
    }

    @GetMapping("/questionnaire/{number}")
    @Operation(summary = "One version of the PDM questionnaire by its number (404 when there is none)")
    QuestionnaireJson version(@PathVariable int number) {
        return QuestionnaireJson.of(monitoring.questionnaire(number));
    }

    @PostMapping(path = "/questionnaire", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Publishes the next version of the PDM questionnaire; 400 naming each part of the definition in "
                    + "error. Surveys already created keep their version")
    ResponseEntity<QuestionnaireJson> publish(@RequestBody JsonNode definition) {
        MonitoringQuestionnaire published = monitoring.publish(definition);
        return ResponseEntity.created(URI.create("/api/v1/assistance/monitoring/questionnaire/" + published.number()))
                .body(QuestionnaireJson.of(published));
    }

    @GetMapping("/sources")
    @Operation(summary = "Distributions and cash cycles with recipients, within the caller's scopes, latest first")
    List<SourceJson> sources(
            @Parameter(description = "how many, at most 200") @RequestParam(defaultValue = "50") int limit) {
        return monitoring.sources(limit).stream().map(SourceJson::of).toList();
    }

    @PostMapping(path = "/surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Creates a survey of a distribution's or cash cycle's recipients and draws its sample (400 naming "
                            + "the fields in error; 409 when it has no recipients; 403 outside the caller's scopes)")
    ResponseEntity<SurveyJson> create(@RequestBody SurveyRequest request) {
        MonitoringSurvey created = monitoring.create(new MonitoringNewSurvey(
                request.source(),
                request.sourceId(),
                request.title(),
                request.sampleSize(),
                request.samplePercent(),
                request.seed()));
        return ResponseEntity.created(URI.create("/api/v1/assistance/monitoring/surveys/" + created.id()))
                .body(SurveyJson.of(created));
    }

    @GetMapping("/surveys")
    @Operation(summary = "Surveys within the caller's scopes, newest first")
    PageJson<SurveyJson> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return monitoring.list(new Paging(page, size)).map(SurveyJson::of);
    }

    @GetMapping("/surveys/{id}")
    @Operation(summary = "One survey with how far its interviews have come")
    SurveyJson get(@PathVariable UUID id) {
        return SurveyJson.of(monitoring.get(id));
    }

    @GetMapping("/surveys/{id}/questionnaire")
    @Operation(summary = "The questionnaire version the survey's interviews answer")
    QuestionnaireJson questionnaireOf(@PathVariable UUID id) {
        return QuestionnaireJson.of(monitoring.questionnaireOf(id));
    }

    @GetMapping("/surveys/{id}/sample")
    @Operation(summary = "The sampled persons in the order drawn, with their outcome (audited: it names people)")
    PageJson<SampledJson> sample(
            @PathVariable UUID id,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return monitoring.sample(id, new Paging(page, size)).map(SampledJson::of);
    }

    @GetMapping("/surveys/{id}/sample/{person}")
    @Operation(summary = "One sampled person with their outcome (409 when not sampled; audited: it names them)")
    SampledJson sampled(@PathVariable UUID id, @PathVariable UUID person) {
        return SampledJson.of(monitoring.sampled(id, new PersonId(person)));
    }

    @PostMapping(path = "/surveys/{id}/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a sampled person's interview, or that they were not reached or refused (400 naming the "
                    + "fields and answers.<question> in error; 409 for a person not sampled or already recorded)")
    ResponseEntity<InterviewJson> record(@PathVariable UUID id, @RequestBody InterviewRequest request) {
        MonitoringInterview recorded = monitoring.record(
                id,
                new MonitoringNewInterview(
                        request.person() == null ? null : new PersonId(request.person()),
                        request.outcome(),
                        request.answers(),
                        request.reason(),
                        ServicesApi.date("interviewedOn", request.interviewedOn())));
        return ResponseEntity.created(
                        URI.create("/api/v1/assistance/monitoring/surveys/" + id + "/interviews/" + recorded.person()))
                .body(InterviewJson.of(recorded));
    }

    @GetMapping("/surveys/{id}/interviews/{person}")
    @Operation(summary = "A sampled person's interview with the questionnaire version it answered (audited)")
    InterviewJson interview(@PathVariable UUID id, @PathVariable UUID person) {
        return InterviewJson.of(monitoring.interview(id, new PersonId(person)));
    }

    @GetMapping("/surveys/{id}/summary")
    @Operation(
            summary = "The survey's figures: sampled, interviewed, not reached, refused; satisfaction, shares, places "
                    + "felt unsafe and problems reported, also by the respondents' sex. No names")
    MonitoringSummary summary(@PathVariable UUID id) {
        return monitoring.summary(id);
    }
}
