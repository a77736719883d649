package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.ServiceDraft;
import org.masar.assistance.ServiceFilter;
import org.masar.assistance.ServiceId;
import org.masar.assistance.ServiceRecord;
import org.masar.assistance.ServiceType;
import org.masar.assistance.Services;
import org.masar.cases.CaseId;
import org.masar.geo.SiteId;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;
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

/** Services delivered to people and households: record, list, read, and void with a reason. */
@RestController
@RequestMapping(path = "/api/v1/assistance/services", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance services", description = "Services delivered to people and households")
class ServicesApi {

    private final Services services;

    ServicesApi(Services services) {
        this.services = services;
    }

    /** A service to record; dates as YYYY-MM-DD, the programme as access's programme names. */
    record ServiceRequest(
            @Nullable UUID person,
            @Nullable UUID household,
            @Nullable String type,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable UUID site,
            @Nullable String baladiya,
            @Nullable String deliveredOn,
            @Nullable String programme,
            @Nullable String project,
            @Nullable UUID caseId,
            @Nullable UUID servicePlanItem) {}

    /** Why a service is voided. */
    record VoidRequest(@Nullable String reason) {}

    record ServiceTypeJson(String code, String nameEn, String nameAr) {}

    record ServiceJson(
            String id,
            String person,
            @Nullable String household,
            String type,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable String site,
            @Nullable String baladiya,
            LocalDate deliveredOn,
            String programme,
            @Nullable String project,
            @Nullable String caseId,
            @Nullable String servicePlanItem,
            Instant recordedAt,
            String recordedBy,
            boolean voided,
            @Nullable Instant voidedAt,
            @Nullable String voidedBy,
            @Nullable String voidReason) {

        static ServiceJson of(ServiceRecord s) {
            return new ServiceJson(
                    s.id().toString(),
                    s.person().toString(),
                    s.household() == null ? null : s.household().toString(),
                    s.type(),
                    s.quantity(),
                    s.unit(),
                    s.site() == null ? null : s.site().toString(),
                    s.baladiya(),
                    s.deliveredOn(),
                    s.programme(),
                    s.project(),
                    s.caseId() == null ? null : s.caseId().toString(),
                    s.servicePlanItem() == null ? null : s.servicePlanItem().toString(),
                    s.recordedAt(),
                    s.recordedBy(),
                    s.voided(),
                    s.voidedAt(),
                    s.voidedBy(),
                    s.voidReason());
        }
    }

    @GetMapping("/types")
    @Operation(summary = "The kinds of service, in their order, with their names in English and Arabic")
    List<ServiceTypeJson> types() {
        return services.types().stream()
                .map((ServiceType t) -> new ServiceTypeJson(t.code(), t.nameEn(), t.nameAr()))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a service delivered to a person (400 naming every field in error, nothing written; "
                    + "403 when the person is outside the caller's scopes)")
    ResponseEntity<ServiceJson> record(@RequestBody ServiceRequest request) {
        ServiceRecord recorded = services.record(new ServiceDraft(
                request.person() == null ? null : new PersonId(request.person()),
                request.household() == null ? null : new HouseholdId(request.household()),
                request.type(),
                request.quantity(),
                request.unit(),
                request.site() == null ? null : new SiteId(request.site()),
                request.baladiya(),
                date("deliveredOn", request.deliveredOn()),
                request.programme(),
                request.project(),
                request.caseId() == null ? null : new CaseId(request.caseId()),
                request.servicePlanItem()));
        return ResponseEntity.created(URI.create("/api/v1/assistance/services/" + recorded.id()))
                .body(ServiceJson.of(recorded));
    }

    @GetMapping
    @Operation(summary = "Services within the caller's scopes, most recently delivered first, with filters")
    PageJson<ServiceJson> list(
            @Parameter(description = "a person's id") @RequestParam(required = false) @Nullable PersonId person,
            @Parameter(description = "a programme (MRRM, WASH, SHELTER_NFI…)") @RequestParam(required = false) @Nullable
                    String programme,
            @Parameter(description = "a project code") @RequestParam(required = false) @Nullable String project,
            @Parameter(description = "the month delivered, YYYY-MM") @RequestParam(required = false) @Nullable
                    String month,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return services.list(
                        new ServiceFilter(person, blank(programme), blank(project), month(month)),
                        new Paging(page, size))
                .map(ServiceJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service (404 when unknown, 403 when its person is outside the caller's scopes)")
    ServiceJson get(@PathVariable ServiceId id) {
        return ServiceJson.of(services.get(id));
    }

    @PostMapping(path = "/{id}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Voids a service with a reason (kept); 409 when voided already")
    ServiceJson voidService(@PathVariable ServiceId id, @RequestBody VoidRequest request) {
        return ServiceJson.of(services.voidService(id, request.reason() == null ? "" : request.reason()));
    }

    static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field(field, "assistance.error.date")));
        }
    }

    static @Nullable YearMonth month(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field("month", "assistance.error.month")));
        }
    }
}
