package org.masar.access.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.RecordShare;
import org.masar.access.RestrictedRecords;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
    private final RestrictedRecords restricted;

    RestrictedSamplesApi(RestrictedSamples samples, RestrictedRecords restricted) {
        this.samples = samples;
        this.restricted = restricted;
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
                    sample.id(),
                    sample.title(),
                    sample.sensitivity(),
                    sample.assignedTo() == null ? null : sample.assignedTo().value(),
                    sample.createdAt(),
                    sample.version());
        }
    }

    record ShareJson(UUID userId, @Nullable UUID grantedBy, Instant grantedAt, String reason) {

        static ShareJson of(RecordShare share) {
            return new ShareJson(
                    share.user().value(),
                    share.grantedBy() == null ? null : share.grantedBy().value(),
                    share.grantedAt(),
                    share.reason());
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
    SampleJson get(@PathVariable UUID id) {
        return SampleJson.of(samples.get(id));
    }

    @GetMapping("/{id}/shares")
    List<ShareJson> shares(@PathVariable UUID id) {
        return restricted.sharesOf(RestrictedSamples.ref(id)).stream()
                .map(ShareJson::of)
                .toList();
    }

    @PostMapping("/{id}/shares")
    ResponseEntity<Void> share(@PathVariable UUID id, @Valid @RequestBody ShareRequest request) {
        samples.share(id, new UserId(request.userId()), request.reason());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/shares/{userId}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID userId) {
        samples.revokeShare(id, new UserId(userId));
        return ResponseEntity.noContent().build();
    }
}
