package org.masar.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.referrals.NewProvider;
import org.masar.referrals.Provider;
import org.masar.referrals.ReferralCatalogue;
import org.masar.referrals.ServiceType;
import org.masar.referrals.Urgency;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue referrals are made from: services, urgencies (with their answer times) and providers. */
@RestController
@RequestMapping(path = "/api/v1/referral-services", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referral services", description = "The services, urgencies and providers referrals name")
class ReferralServicesApi {

    private final ReferralCatalogue catalogue;

    ReferralServicesApi(ReferralCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The active services, with their names in English and Arabic")
    List<ServiceType> services() {
        return catalogue.services();
    }

    @GetMapping("/urgencies")
    @Operation(summary = "The urgencies, most urgent first, with the hours each allows for an answer")
    List<Urgency> urgencies() {
        return catalogue.urgencies();
    }

    @GetMapping("/providers")
    @Operation(summary = "The active providers (of a service, when given): offices of the mission and partners")
    List<ProviderJson> providers(@RequestParam(required = false) @Nullable String service) {
        return catalogue.providers(service).stream().map(ProviderJson::of).toList();
    }

    @PostMapping(path = "/providers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds a provider (needs referrals:manage-services)")
    ResponseEntity<ProviderJson> addProvider(@RequestBody ProviderRequest request) {
        Provider added = catalogue.addProvider(new NewProvider(
                request.office() == null ? null : new OfficeId(request.office()),
                request.organisation() == null ? null : new OrganisationId(request.organisation()),
                request.services() == null
                        ? List.of()
                        : request.services().stream()
                                .map(code -> code == null ? "" : code)
                                .toList()));
        return ResponseEntity.created(URI.create("/api/v1/referral-services/providers/" + added.id()))
                .body(ProviderJson.of(added));
    }
}
