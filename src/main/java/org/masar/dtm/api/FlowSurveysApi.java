package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.masar.dtm.FlowMonitoringSurveyVersion;
import org.masar.dtm.FlowMonitoringSurveys;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Flow-monitoring surveys: recording needs {@code dtm:collect}, publishing a version of the questionnaire
 * {@code dtm:manage}; the questionnaire is read with {@code dtm:read} or {@code dtm:collect}.
 */
@RestController
@RequestMapping(path = "/api/v1/dtm/flow-surveys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "DTM flow-monitoring surveys", description = "The questionnaire as data, and respondents' answers")
class FlowSurveysApi {

    private final FlowMonitoringSurveys surveys;

    FlowSurveysApi(FlowMonitoringSurveys surveys) {
        this.surveys = surveys;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records a survey; 400 naming each field in error (answers.<question id>)")
    ResponseEntity<FlowSurveyJson> record(@Valid @RequestBody FlowSurveyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(FlowSurveyJson.of(surveys.record(request.toSurvey())));
    }

    @GetMapping("/definition")
    @Operation(summary = "The current version of the questionnaire, with the JSON Schema its answers must fit")
    FlowMonitoringSurveyVersion current() {
        return surveys.current();
    }

    @GetMapping("/definitions")
    @Operation(summary = "Every version of the questionnaire, latest first")
    List<FlowMonitoringSurveyVersion> versions() {
        return surveys.versions();
    }

    @PostMapping(path = "/definitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publishes the next version of the questionnaire; 400 naming each part in error")
    ResponseEntity<FlowMonitoringSurveyVersion> publish(@RequestBody JsonNode definition) {
        return ResponseEntity.status(HttpStatus.CREATED).body(surveys.publish(definition));
    }
}
