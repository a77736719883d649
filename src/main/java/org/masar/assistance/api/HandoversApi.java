package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.Beneficiary;
import org.masar.assistance.Distribution;
import org.masar.assistance.DistributionId;
import org.masar.assistance.Handover;
import org.masar.assistance.HandoverAlreadyReceived;
import org.masar.assistance.HandoverDraft;
import org.masar.assistance.HandoverList;
import org.masar.assistance.HandoverOutcome;
import org.masar.assistance.Handovers;
import org.masar.shared.ConflictException;
import org.masar.shared.InvalidFields;
import org.masar.shared.ProblemException;
import org.masar.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hand-overs at a distribution, as the phone page calls them: the list to hold offline, one hand-over, and a batch
 * of queued ones when the connection returns. The contract is in {@code docs/assistance-distributions.md}.
 */
@RestController
@RequestMapping(path = "/api/v1/assistance/distributions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance hand-overs", description = "Hand-overs at a distribution, online and queued offline")
class HandoversApi {

    /** The most hand-overs one sync carries. */
    static final int MOST_SYNCED = 500;

    private final Handovers handovers;
    private final Problems problems;
    private final MessageSource messages;

    HandoversApi(Handovers handovers, Problems problems, MessageSource messages) {
        this.handovers = handovers;
        this.problems = problems;
        this.messages = messages;
    }

    /** A hand-over as the phone sends it; {@code handedOverAt} an ISO instant. */
    record HandoverRequest(
            @Nullable UUID id,
            @Nullable UUID beneficiaryId,
            @Nullable String receivedBy,
            @Nullable String proxyName,
            @Nullable Boolean identityChecked,
            @Nullable String handedOverAt) {}

    record SyncRequest(@Nullable List<HandoverRequest> handovers) {}

    record HandoverJson(
            String id,
            String beneficiaryId,
            String personId,
            String receivedBy,
            @Nullable String proxyName,
            boolean identityChecked,
            Instant handedOverAt,
            Instant recordedAt,
            String recordedBy) {

        static HandoverJson of(Handover h) {
            return new HandoverJson(
                    h.id().toString(),
                    h.beneficiaryId().toString(),
                    h.person().toString(),
                    h.receivedBy(),
                    h.proxyName(),
                    h.identityChecked(),
                    h.handedOverAt(),
                    h.recordedAt(),
                    h.recordedBy());
        }
    }

    record ListItemJson(String code, String nameEn, String nameAr, int quantity) {}

    record ListDistributionJson(
            String id,
            String name,
            @Nullable String site,
            @Nullable String siteName,
            @Nullable String siteNameEn,
            @Nullable String siteNameAr,
            @Nullable String baladiya,
            LocalDate plannedOn,
            String status,
            boolean perHousehold,
            String serviceType,
            List<ListItemJson> items) {}

    record NamesJson(String ar, String lat) {}

    record ListBeneficiaryJson(
            String beneficiaryId,
            String personId,
            @Nullable String householdId,
            String registrationNumber,
            NamesJson names,
            @Nullable String sex,
            @Nullable Integer age,
            boolean received,
            @Nullable Instant receivedAt) {

        static ListBeneficiaryJson of(Beneficiary b) {
            return new ListBeneficiaryJson(
                    b.id().toString(),
                    b.person().toString(),
                    b.household() == null ? null : b.household().toString(),
                    b.registrationNumber(),
                    new NamesJson(b.nameAr(), b.nameLat()),
                    b.sex(),
                    b.age(),
                    b.received(),
                    b.receivedAt());
        }
    }

    record HandoverListJson(ListDistributionJson distribution, long version, List<ListBeneficiaryJson> beneficiaries) {}

    record SyncResultJson(
            String id,
            String outcome,
            @Nullable HandoverJson handover,
            @Nullable ProblemDetail problem) {}

    record SyncJson(List<SyncResultJson> results) {}

    @GetMapping("/handover-list")
    @Operation(
            summary = "Everything a phone needs to carry out the distribution offline: the distribution, the list's "
                    + "version and its beneficiaries (names, sex, age, received or not); needs assistance:record")
    HandoverListJson handoverList(@PathVariable DistributionId id, HttpServletRequest request) {
        HandoverList list = handovers.handoverList(id);
        Distribution d = list.distribution();
        boolean arabic = "ar".equals(Problems.locale(request).getLanguage());
        return new HandoverListJson(
                new ListDistributionJson(
                        d.id().toString(),
                        d.name(),
                        d.site() == null ? null : d.site().toString(),
                        arabic ? d.siteNameAr() : d.siteNameEn(),
                        d.siteNameEn(),
                        d.siteNameAr(),
                        d.baladiya(),
                        d.plannedOn(),
                        d.status(),
                        d.perHousehold(),
                        d.serviceType(),
                        d.items().stream()
                                .map(i -> new ListItemJson(i.code(), i.nameEn(), i.nameAr(), i.quantity()))
                                .toList()),
                list.version(),
                list.beneficiaries().stream().map(ListBeneficiaryJson::of).toList());
    }

    @PostMapping(path = "/handovers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a hand-over: 201 with stock dispatched and the service on the person's timeline; the "
                    + "same id again answers 200 with what was recorded; 409 already-received (handoverId, "
                    + "handedOverAt, recordedBy), distribution-not-open, stock-insufficient or handover-id-conflict")
    ResponseEntity<HandoverJson> handOver(@PathVariable DistributionId id, @RequestBody HandoverRequest request) {
        HandoverOutcome outcome = handovers.handOver(id, draft(request, ""));
        HandoverJson body = HandoverJson.of(outcome.handover());
        return outcome.created()
                ? ResponseEntity.created(
                                URI.create("/api/v1/assistance/distributions/" + id + "/handovers/" + body.id()))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping(path = "/handovers/sync", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records up to 500 queued hand-overs, each on its own (one refused never undoes another): an "
                    + "outcome per hand-over in the order sent — recorded, already-recorded, conflict or refused")
    SyncJson sync(@PathVariable DistributionId id, @RequestBody SyncRequest request, HttpServletRequest http) {
        List<HandoverRequest> sent = request.handovers();
        if (sent == null || sent.isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("handovers", "assistance.error.required")));
        }
        if (sent.size() > MOST_SYNCED) {
            throw new InvalidFields(List.of(new InvalidFields.Field("handovers", "assistance.error.too-large")));
        }
        handovers.checkMayRecord(id);
        Locale locale = Problems.locale(http);
        List<SyncResultJson> results = new ArrayList<>();
        for (HandoverRequest one : sent) {
            String sentId = one == null || one.id() == null ? "" : one.id().toString();
            try {
                if (one == null) {
                    throw new InvalidFields(List.of(new InvalidFields.Field("id", "assistance.error.required")));
                }
                HandoverOutcome outcome = handovers.handOver(id, draft(one, ""));
                results.add(new SyncResultJson(
                        sentId,
                        outcome.created() ? "recorded" : "already-recorded",
                        HandoverJson.of(outcome.handover()),
                        null));
            } catch (ProblemException refused) {
                results.add(new SyncResultJson(
                        sentId,
                        refused instanceof ConflictException ? "conflict" : "refused",
                        null,
                        problem(refused, locale)));
            } catch (DataAccessException failed) {
                results.add(new SyncResultJson(
                        sentId, "refused", null, problems.of("conflict.integrity", HttpStatus.CONFLICT, locale)));
            }
        }
        return new SyncJson(results);
    }

    /** The already-received problem carries what the phone shows: the earlier hand-over, when and by whom. */
    @ExceptionHandler(HandoverAlreadyReceived.class)
    ResponseEntity<ProblemDetail> alreadyReceived(HandoverAlreadyReceived e, HttpServletRequest request) {
        request.setAttribute(ProblemException.class.getName(), e);
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(e, Problems.locale(request)));
    }

    private ProblemDetail problem(ProblemException e, Locale locale) {
        ProblemDetail problem = problems.of(e.code(), e.status(), locale, e.arguments());
        if (e instanceof HandoverAlreadyReceived already) {
            problem.setProperty("handoverId", already.handoverId().toString());
            problem.setProperty("handedOverAt", already.handedOverAt().toString());
            problem.setProperty("recordedBy", already.recordedBy());
        }
        if (e instanceof InvalidFields invalid) {
            problem.setProperty(
                    "errors",
                    invalid.fields().stream()
                            .map(f -> Map.of(
                                    "field",
                                    f.field(),
                                    "code",
                                    f.code(),
                                    "message",
                                    messages.getMessage(f.code(), null, f.code(), locale)))
                            .toList());
        }
        return problem;
    }

    private static HandoverDraft draft(HandoverRequest request, String prefix) {
        Instant at = null;
        if (request.handedOverAt() != null && !request.handedOverAt().isBlank()) {
            try {
                at = Instant.parse(request.handedOverAt().strip());
            } catch (DateTimeParseException malformed) {
                try {
                    at = java.time.OffsetDateTime.parse(request.handedOverAt().strip())
                            .toInstant();
                } catch (DateTimeParseException stillMalformed) {
                    throw new InvalidFields(List.of(new InvalidFields.Field(
                            prefix + "handedOverAt", "assistance.distributions.error.instant")));
                }
            }
        }
        return new HandoverDraft(
                request.id(),
                request.beneficiaryId(),
                request.receivedBy(),
                request.proxyName(),
                request.identityChecked(),
                at);
    }
}
