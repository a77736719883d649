package org.masar.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.people.PersonId;
import org.masar.referrals.NewReferral;
import org.masar.referrals.ProviderId;
import org.masar.referrals.ReferralFilter;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStatus;
import org.masar.referrals.Referrals;
import org.masar.referrals.SharedField;
import org.masar.shared.InvalidFields;
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

/**
 * Referrals: send, list, read, and the receiver's answers (accept, decline, complete) and the sender's revocation, each
 * quoting the version it saw (409 when stale). A partner's user sees only the referrals sent to their organisation,
 * only the shared fields, and only while sent or accepted.
 */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals", description = "People referred to services of the mission's offices and partners")
class ReferralsApi {

    private final Referrals referrals;

    ReferralsApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Sends a referral; 409 referrals.consent-missing when the person did not consent to share with "
                    + "the partner (unless overridden with a reason by a holder of referrals:override-consent)")
    ResponseEntity<ReferralJson> send(@RequestBody ReferralRequest request) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        List<SharedField> share = new ArrayList<>();
        List<String> codes = request.share() == null ? List.of() : request.share();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Optional<SharedField> field = code == null ? Optional.empty() : SharedField.of(code);
            if (field.isPresent()) {
                share.add(field.get());
            } else {
                errors.add(new InvalidFields.Field("share[" + i + "]", "referrals.error.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        var sent = referrals.send(new NewReferral(
                request.person() == null ? null : new PersonId(request.person()),
                request.caseId() == null ? null : new CaseId(request.caseId()),
                request.service() == null ? "" : request.service(),
                request.provider() == null ? null : new ProviderId(request.provider()),
                request.urgency() == null ? "" : request.urgency(),
                request.reason() == null ? "" : request.reason(),
                share,
                request.overrideReason(),
                request.servicePlanItem()));
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + sent.id()))
                .body(ReferralJson.of(sent));
    }

    @GetMapping
    @Operation(summary = "Referrals the caller may see, newest first, with filters")
    PageJson<ReferralJson> list(
            @Parameter(description = "sent (by me), received (by my organisation or office) or all; partners: received")
                    @RequestParam(defaultValue = "all")
                    String box,
            @Parameter(description = "sent, accepted, declined, done or revoked")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @Parameter(description = "only those unanswered after the time their urgency allows")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            @Parameter(description = "only those sent without consent by an override")
                    @RequestParam(defaultValue = "false")
                    boolean consentOverridden,
            @Parameter(description = "a service code") @RequestParam(required = false) @Nullable String service,
            @Parameter(description = "a person's id") @RequestParam(required = false) @Nullable PersonId person,
            @Parameter(description = "a case's id") @RequestParam(name = "case", required = false) @Nullable
                    CaseId caseId,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        ReferralFilter filter =
                new ReferralFilter(box(box), status(status), overdue, consentOverridden, service, person, caseId);
        return referrals.list(filter, new Paging(page, size)).map(ReferralJson::of);
    }

    @GetMapping("/report")
    @Operation(summary = "Response and completion times by month, service and provider (months as YYYY-MM)")
    List<ReportJson> report(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return referrals.report(month("from", from), month("to", to)).stream()
                .map(ReportJson::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One referral (404 when unknown or not the caller's to see)")
    ReferralJson get(@PathVariable ReferralId id) {
        return ReferralJson.of(referrals.get(id));
    }

    @PostMapping(path = "/{id}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The receiver accepts a sent referral; 409 when stale or not sent")
    ReferralJson accept(@PathVariable ReferralId id, @RequestBody AnswerRequest answer) {
        return ReferralJson.of(referrals.accept(id, version(answer)));
    }

    @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The receiver declines a sent referral, with a reason")
    ReferralJson decline(@PathVariable ReferralId id, @RequestBody AnswerRequest answer) {
        return ReferralJson.of(referrals.decline(id, version(answer), text(answer.reason())));
    }

    @PostMapping(path = "/{id}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The receiver records an accepted referral as done, with its outcome")
    ReferralJson complete(@PathVariable ReferralId id, @RequestBody AnswerRequest answer) {
        int version = version(answer);
        ReferralOutcome outcome = answer.outcome() == null
                ? null
                : ReferralOutcome.of(answer.outcome()).orElse(null);
        if (outcome == null) {
            throw new InvalidFields(List.of(new InvalidFields.Field(
                    "outcome", answer.outcome() == null ? "referrals.error.required" : "referrals.error.unknown")));
        }
        return ReferralJson.of(referrals.complete(id, version, outcome, answer.note()));
    }

    @PostMapping(path = "/{id}/revocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The sender (or their supervisor) revokes a referral that is not done, with a reason")
    ReferralJson revoke(@PathVariable ReferralId id, @RequestBody AnswerRequest answer) {
        return ReferralJson.of(referrals.revoke(id, version(answer), text(answer.reason())));
    }

    private static int version(AnswerRequest answer) {
        if (answer.version() == null) {
            throw new InvalidFields(List.of(new InvalidFields.Field("version", "referrals.error.required")));
        }
        return answer.version();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static ReferralFilter.Box box(String box) {
        return switch (box.strip().toLowerCase(Locale.ROOT)) {
            case "sent" -> ReferralFilter.Box.SENT;
            case "received" -> ReferralFilter.Box.RECEIVED;
            case "all", "" -> ReferralFilter.Box.ALL;
            default -> throw new InvalidFields(List.of(new InvalidFields.Field("box", "referrals.error.unknown")));
        };
    }

    static @Nullable ReferralStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return ReferralStatus.of(status.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(
                        () -> new InvalidFields(List.of(new InvalidFields.Field("status", "referrals.error.unknown"))));
    }

    static @Nullable YearMonth month(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field(name, "referrals.error.month")));
        }
    }
}
