package org.masar.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OrganisationId;
import org.masar.people.Consent;
import org.masar.people.ConsentGiven;
import org.masar.people.ConsentId;
import org.masar.people.ConsentMethod;
import org.masar.people.ConsentPurpose;
import org.masar.people.Consents;
import org.masar.people.InvalidField;
import org.masar.people.PersonId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's consents: recording and withdrawing need {@code people:register} or {@code people:edit}, reading needs
 * {@code people:read}; the person must be within the caller's scopes. A withdrawn consent stays listed with its
 * withdrawal.
 */
@RestController
@RequestMapping(path = "/api/v1/people/{id}/consents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consent", description = "Consent per purpose, given and withdrawn")
class ConsentsApi {

    private final Consents consents;

    ConsentsApi(Consents consents) {
        this.consents = consents;
    }

    /**
     * A consent the person gave.
     *
     * @param purpose registration, sharing or follow_up
     * @param partner the partner organisation's id, for sharing only
     * @param givenHow verbal, written, thumbprint or by_guardian
     * @param givenAt when it was given (ISO 8601 instant); absent for now
     */
    record ConsentRequest(
            @Nullable String purpose,
            @Nullable String partner,
            @Nullable String givenHow,
            @Nullable String givenAt) {}

    /** Why the person withdraws their consent. */
    record WithdrawalRequest(@Nullable String reason) {}

    /** A consent, with its withdrawal once withdrawn. */
    record ConsentJson(
            String id,
            String person,
            String purpose,
            @Nullable String partner,
            Instant givenAt,
            String givenHow,
            String takenBy,
            Instant recordedAt,
            boolean withdrawn,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawnBy,
            @Nullable String withdrawalReason) {

        static ConsentJson of(Consent consent) {
            return new ConsentJson(
                    consent.id().toString(),
                    consent.person().toString(),
                    consent.purpose().code(),
                    consent.partner() == null ? null : consent.partner().toString(),
                    consent.givenAt(),
                    consent.givenHow().code(),
                    consent.takenBy(),
                    consent.recordedAt(),
                    consent.withdrawn(),
                    consent.withdrawnAt(),
                    consent.withdrawnBy(),
                    consent.withdrawalReason());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records a consent the person gave: 201; 409 when the same consent holds already")
    ResponseEntity<ConsentJson> give(@PathVariable PersonId id, @RequestBody ConsentRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        ConsentPurpose purpose = null;
        if (request.purpose() == null || request.purpose().isBlank()) {
            errors.add(new InvalidField("purpose", "required"));
        } else {
            purpose = ConsentPurpose.of(request.purpose()).orElse(null);
            if (purpose == null) {
                errors.add(new InvalidField("purpose", "unknown-consent-purpose"));
            }
        }
        UUID partner = request.partner() == null ? null : HouseholdsApi.id(request.partner(), "partner", errors);
        ConsentMethod how = null;
        if (request.givenHow() == null || request.givenHow().isBlank()) {
            errors.add(new InvalidField("givenHow", "required"));
        } else {
            how = ConsentMethod.of(request.givenHow()).orElse(null);
            if (how == null) {
                errors.add(new InvalidField("givenHow", "unknown-consent-method"));
            }
        }
        Instant givenAt = null;
        if (request.givenAt() != null) {
            try {
                givenAt = Instant.parse(request.givenAt());
            } catch (DateTimeParseException notAnInstant) {
                errors.add(new InvalidField("givenAt", "not-an-instant"));
            }
        }
        HouseholdsApi.refuse(errors);
        Consent consent = consents.give(
                id,
                new ConsentGiven(
                        java.util.Objects.requireNonNull(purpose),
                        partner == null ? null : new OrganisationId(partner),
                        java.util.Objects.requireNonNull(how),
                        givenAt));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/consents/" + consent.id()))
                .body(ConsentJson.of(consent));
    }

    @GetMapping
    @Operation(summary = "The person's consents, given and withdrawn, the latest first")
    List<ConsentJson> list(@PathVariable PersonId id) {
        return consents.consentsOf(id).stream().map(ConsentJson::of).toList();
    }

    @PostMapping(path = "/{consent}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraws a consent from this moment on; it stays listed with its withdrawal")
    ConsentJson withdraw(
            @PathVariable PersonId id, @PathVariable ConsentId consent, @RequestBody WithdrawalRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new InvalidField("reason", "required"));
        } else if (request.reason().strip().length() > 500) {
            errors.add(new InvalidField("reason", "too-long"));
        }
        HouseholdsApi.refuse(errors);
        return ConsentJson.of(consents.withdraw(id, consent, java.util.Objects.requireNonNull(request.reason())));
    }
}
