package org.masar.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import org.masar.cases.CaseId;
import org.masar.cases.NewServicePlanItem;
import org.masar.cases.ServicePlanItemId;
import org.masar.cases.ServicePlans;
import org.masar.cases.api.CaseWorkJson.CaseWorkPlanItemJson;
import org.masar.cases.api.CaseWorkJson.CaseWorkPlanRequest;
import org.masar.cases.api.CaseWorkJson.CaseWorkReasonRequest;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's service plan: the services the person needs, each planned, then delivered (by a referral, an assistance
 * record, or by hand here) or cancelled with a reason.
 */
@RestController
@Tag(name = "Case service plan", description = "Services a person needs, planned → delivered / cancelled")
class CaseWorkPlanApi {

    private final ServicePlans plans;

    CaseWorkPlanApi(ServicePlans plans) {
        this.plans = plans;
    }

    @GetMapping(path = "/api/v1/cases/{id}/service-plan", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's service plan, in the order the services were planned")
    PageJson<CaseWorkPlanItemJson> list(
            @PathVariable CaseId id,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return new Paging(page, size).slice(plans.ofCase(id)).map(CaseWorkPlanItemJson::of);
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/service-plan",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plans a service (MEDICAL, MHPSS, SHELTER, FOOD_NFI, LEGAL, PROTECTION, VOLUNTARY_RETURN…)")
    ResponseEntity<CaseWorkPlanItemJson> create(
            @PathVariable CaseId id, @Valid @RequestBody CaseWorkPlanRequest request) {
        CaseWorkPlanItemJson item = CaseWorkPlanItemJson.of(
                plans.plan(id, new NewServicePlanItem(Objects.requireNonNull(request.service()), request.details())));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/service-plan"))
                .body(item);
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/service-plan/{itemId}/delivery",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records by hand that a planned service was delivered (409 when delivered or cancelled)")
    CaseWorkPlanItemJson deliver(@PathVariable CaseId id, @PathVariable ServicePlanItemId itemId) {
        return CaseWorkPlanItemJson.of(plans.markDelivered(id, itemId));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/service-plan/{itemId}/cancellation",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancels a planned service with a reason (409 when delivered or cancelled)")
    CaseWorkPlanItemJson cancel(
            @PathVariable CaseId id,
            @PathVariable ServicePlanItemId itemId,
            @Valid @RequestBody CaseWorkReasonRequest request) {
        return CaseWorkPlanItemJson.of(plans.cancel(id, itemId, Objects.requireNonNull(request.reason())));
    }
}
