package org.masar.access.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.RestrictedSample;
import org.masar.access.RestrictedSampleId;
import org.masar.access.RestrictedSamples;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The restricted-record sample over HTTP, so that the double guard is tested the way clients meet it. */
@RestController
@RequestMapping("/api/v1/access/restricted-samples")
class RestrictedSamplesApi {

    private final RestrictedSamples samples;

    RestrictedSamplesApi(RestrictedSamples samples) {
        this.samples = samples;
    }

    record SampleRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull Sensitivity sensitivity,
            @NotNull UUID assignedTo) {}

    record ShareRequest(
            @NotNull UUID userId, @NotBlank @Size(max = 500) String reason) {}

    record SampleJson(
            UUID id,
            String title,
            Sensitivity sensitivity,
            @Nullable UUID assignedTo,
            Instant createdAt,
            int version) {

        static SampleJson of(RestrictedSample sample) {
            return new SampleJson(
                    sample.id().value(),
                    sample.title(),
                    sample.sensitivity(),
                    sample.assignedTo() == null ? null : sample.assignedTo().value(),
                    sample.createdAt(),
                    sample.version());
        }
    }

    @PostMapping
    ResponseEntity<SampleJson> create(@Valid @RequestBody SampleRequest request) {
        RestrictedSample sample =
                samples.create(request.title(), request.sensitivity(), new UserId(request.assignedTo()));
        return ResponseEntity.created(URI.create("/api/v1/access/restricted-samples/" + sample.id()))
                .body(SampleJson.of(sample));
    }

    @GetMapping("/{id}")
    SampleJson get(@PathVariable String id) {
        return SampleJson.of(samples.get(new RestrictedSampleId(Ids.uuid(id))));
    }

    @PostMapping("/{id}/shares")
    ResponseEntity<Void> share(@PathVariable String id, @Valid @RequestBody ShareRequest request) {
        samples.share(new RestrictedSampleId(Ids.uuid(id)), new UserId(request.userId()), request.reason());
        return ResponseEntity.noContent().build();
    }
}
