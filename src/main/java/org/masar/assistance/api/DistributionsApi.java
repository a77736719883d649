package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.BeneficiariesAdded;
import org.masar.assistance.Beneficiary;
import org.masar.assistance.BeneficiaryImportRefused;
import org.masar.assistance.Distribution;
import org.masar.assistance.DistributionDraft;
import org.masar.assistance.DistributionId;
import org.masar.assistance.DistributionItem;
import org.masar.assistance.DistributionReconciliation;
import org.masar.assistance.Distributions;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseListOrder;
import org.masar.geo.SiteId;
import org.masar.people.AgeBand;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.masar.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Distributions: plan, read, build the beneficiary list, open and close (with the reconciliation). */
@RestController
@RequestMapping(path = "/api/v1/assistance/distributions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance distributions", description = "Distributions, their beneficiary lists and reconciliation")
class DistributionsApi {

    private final Distributions distributions;
    private final Problems problems;
    private final MessageSource messages;

    DistributionsApi(Distributions distributions, Problems problems, MessageSource messages) {
        this.distributions = distributions;
        this.problems = problems;
        this.messages = messages;
    }

    /** One line of a plan: an item or a kit code, and how many each beneficiary receives. */
    record ItemRequest(
            @Nullable String item,
            @Nullable String kit,
            @Nullable Integer quantity) {}

    /** A distribution to plan; the day as YYYY-MM-DD, the programme as access's programme names. */
    record DistributionRequest(
            @Nullable String name,
            @Nullable UUID site,
            @Nullable String baladiya,
            @Nullable String plannedOn,
            @Nullable UUID warehouse,
            @Nullable String serviceType,
            @Nullable Boolean perHousehold,
            @Nullable List<ItemRequest> items,
            @Nullable String targeting,
            @Nullable String programme,
            @Nullable String project) {}

    record ItemJson(
            @Nullable String item, @Nullable String kit, String code, int quantity, String nameEn, String nameAr) {

        static ItemJson of(DistributionItem i) {
            return new ItemJson(i.item(), i.kit(), i.code(), i.quantity(), i.nameEn(), i.nameAr());
        }
    }

    record ReconciliationLineJson(
            String item, String nameEn, String nameAr, long planned, long given, long dispatched, boolean balanced) {}

    record ReconciliationJson(int listed, int served, int notServed, List<ReconciliationLineJson> items) {

        static @Nullable ReconciliationJson of(@Nullable DistributionReconciliation r) {
            return r == null
                    ? null
                    : new ReconciliationJson(
                            r.listed(),
                            r.served(),
                            r.notServed(),
                            r.items().stream()
                                    .map(l -> new ReconciliationLineJson(
                                            l.item(),
                                            l.nameEn(),
                                            l.nameAr(),
                                            l.planned(),
                                            l.given(),
                                            l.dispatched(),
                                            l.balanced()))
                                    .toList());
        }
    }

    record DistributionJson(
            String id,
            String name,
            @Nullable String site,
            @Nullable String siteNameEn,
            @Nullable String siteNameAr,
            @Nullable String baladiya,
            LocalDate plannedOn,
            String warehouse,
            String warehouseCode,
            String serviceType,
            boolean perHousehold,
            List<ItemJson> items,
            @Nullable String targeting,
            String programme,
            @Nullable String project,
            String status,
            int beneficiaries,
            int served,
            long version,
            Instant createdAt,
            String createdBy,
            @Nullable Instant openedAt,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable ReconciliationJson reconciliation) {

        static DistributionJson of(Distribution d) {
            return new DistributionJson(
                    d.id().toString(),
                    d.name(),
                    d.site() == null ? null : d.site().toString(),
                    d.siteNameEn(),
                    d.siteNameAr(),
                    d.baladiya(),
                    d.plannedOn(),
                    d.warehouse().toString(),
                    d.warehouseCode(),
                    d.serviceType(),
                    d.perHousehold(),
                    d.items().stream().map(ItemJson::of).toList(),
                    d.targeting(),
                    d.programme(),
                    d.project(),
                    d.status(),
                    d.listed(),
                    d.served(),
                    d.version(),
                    d.createdAt(),
                    d.createdBy(),
                    d.openedAt(),
                    d.closedAt(),
                    d.closedBy(),
                    ReconciliationJson.of(d.reconciliation()));
        }
    }

    record BeneficiaryJson(
            String beneficiaryId,
            String personId,
            @Nullable String householdId,
            String registrationNumber,
            String nameAr,
            String nameLat,
            @Nullable String sex,
            @Nullable Integer age,
            String source,
            Instant addedAt,
            boolean received,
            @Nullable String handoverId,
            @Nullable Instant receivedAt) {

        static BeneficiaryJson of(Beneficiary b) {
            return new BeneficiaryJson(
                    b.id().toString(),
                    b.person().toString(),
                    b.household() == null ? null : b.household().toString(),
                    b.registrationNumber(),
                    b.nameAr(),
                    b.nameLat(),
                    b.sex(),
                    b.age(),
                    b.source(),
                    b.addedAt(),
                    b.received(),
                    b.handover() == null ? null : b.handover().toString(),
                    b.receivedAt());
        }
    }

    /** People to add by their ids. */
    record PeopleRequest(@Nullable List<UUID> people) {}

    /** A people search's filter (as the people list's): everyone matching within the caller's scopes is added. */
    record MatchingRequest(
            @Nullable String text,
            @Nullable String sex,
            @Nullable String ageBand,
            @Nullable String nationality,
            @Nullable String populationGroup,
            @Nullable String baladiya) {}

    /** A case list's filter (as the cases list's): the people of the cases it lists to the caller are added. */
    record CasesRequest(
            @Nullable String type,
            @Nullable String status,
            @Nullable String stage,
            @Nullable Boolean mine) {}

    record AddedJson(int added, int skipped) {

        static AddedJson of(BeneficiariesAdded a) {
            return new AddedJson(a.added(), a.skipped());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Plans a distribution (400 naming every field in error, nothing written; 403 outside the "
                    + "caller's baladiya or programmes)")
    ResponseEntity<DistributionJson> plan(@RequestBody DistributionRequest request) {
        List<DistributionItem> items = new ArrayList<>();
        if (request.items() != null) {
            for (ItemRequest item : request.items()) {
                items.add(
                        item == null
                                ? DistributionItem.of(null, null, 0)
                                : DistributionItem.of(
                                        item.item(), item.kit(), item.quantity() == null ? 0 : item.quantity()));
            }
        }
        Distribution planned = distributions.plan(new DistributionDraft(
                request.name(),
                request.site() == null ? null : new SiteId(request.site()),
                request.baladiya(),
                ServicesApi.date("plannedOn", request.plannedOn()),
                request.warehouse() == null ? null : new SiteId(request.warehouse()),
                request.serviceType(),
                Boolean.TRUE.equals(request.perHousehold()),
                items,
                request.targeting(),
                request.programme(),
                request.project()));
        return ResponseEntity.created(URI.create("/api/v1/assistance/distributions/" + planned.id()))
                .body(DistributionJson.of(planned));
    }

    @GetMapping
    @Operation(summary = "Distributions within the caller's scopes, latest planned first")
    PageJson<DistributionJson> list(
            @Parameter(description = "planned, open or closed") @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        String only = ServicesApi.blank(status);
        if (only != null
                && !List.of(Distribution.PLANNED, Distribution.OPEN, Distribution.CLOSED)
                        .contains(only)) {
            throw new InvalidFields(List.of(new InvalidFields.Field("status", "assistance.error.unknown")));
        }
        return distributions.list(only, new Paging(page, size)).map(DistributionJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One distribution, with its reconciliation once closed (404 unknown, 403 out of scope)")
    DistributionJson get(@PathVariable DistributionId id) {
        return DistributionJson.of(distributions.get(id));
    }

    @GetMapping("/{id}/beneficiaries")
    @Operation(summary = "The distribution's list, by registration number, with who received")
    PageJson<BeneficiaryJson> beneficiaries(
            @PathVariable DistributionId id,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return distributions.beneficiaries(id, new Paging(page, size)).map(BeneficiaryJson::of);
    }

    @PostMapping(path = "/{id}/beneficiaries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Adds people by their ids, all or nothing (400 naming each unknown, out-of-scope, repeated or "
                    + "already listed person as people[i])")
    AddedJson addPeople(@PathVariable DistributionId id, @RequestBody PeopleRequest request) {
        List<PersonId> people = request.people() == null
                ? List.of()
                : request.people().stream()
                        .map(person -> person == null ? new PersonId(new UUID(0, 0)) : new PersonId(person))
                        .toList();
        return AddedJson.of(distributions.addPeople(id, people));
    }

    @PostMapping(path = "/{id}/beneficiaries/matching", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Adds everyone a people search finds within the caller's scopes (at most 5,000; those listed "
                    + "already are skipped)")
    AddedJson addMatching(@PathVariable DistributionId id, @RequestBody MatchingRequest request) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        Sex sex = parse("sex", request.sex(), Sex.class, errors);
        AgeBand band = parse("ageBand", request.ageBand(), AgeBand.class, errors);
        PopulationGroup group = null;
        String groupCode = ServicesApi.blank(request.populationGroup());
        if (groupCode != null) {
            group = java.util.Arrays.stream(PopulationGroup.values())
                    .filter(g -> g.code().equals(groupCode) || g.name().equals(groupCode))
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                errors.add(new InvalidFields.Field("populationGroup", "assistance.error.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return AddedJson.of(distributions.addMatching(
                id,
                new PersonFilter(
                        ServicesApi.blank(request.text()),
                        sex,
                        band,
                        ServicesApi.blank(request.nationality()),
                        group,
                        ServicesApi.blank(request.baladiya()))));
    }

    @PostMapping(path = "/{id}/beneficiaries/from-cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Adds the people of the cases a case list shows the caller (at most 5,000 cases; people listed "
                    + "already or outside the caller's scopes are skipped)")
    AddedJson addCasePeople(@PathVariable DistributionId id, @RequestBody CasesRequest request) {
        return AddedJson.of(distributions.addCasePeople(
                id,
                new CaseFilter(
                        ServicesApi.blank(request.type()),
                        ServicesApi.blank(request.status()),
                        ServicesApi.blank(request.stage()),
                        null,
                        Boolean.TRUE.equals(request.mine()),
                        false,
                        null,
                        null,
                        CaseListOrder.UPDATED)));
    }

    record ImportedJson(int added) {}

    @PostMapping(path = "/{id}/beneficiaries/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Imports people from a CSV or XLSX file (columns registration_number, or given_name(_ar), "
                    + "father_name(_ar), grandfather_name(_ar), family_name(_ar), sex, age or date_of_birth, "
                    + "nationality, phone), all or nothing: any row in error and a 400 lists every row's errors")
    ImportedJson importList(
            @PathVariable DistributionId id,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "the sheet of an XLSX file (the first when not given)")
                    @RequestParam(required = false)
                    @Nullable
                    String sheet)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "list" : file.getOriginalFilename();
        return new ImportedJson(
                distributions.importList(id, name, file.getBytes(), sheet).added());
    }

    /** An import refused: the problem lists every row's errors, each with its message in the caller's language. */
    @ExceptionHandler(BeneficiaryImportRefused.class)
    ResponseEntity<ProblemDetail> importRefused(BeneficiaryImportRefused e, HttpServletRequest request) {
        request.setAttribute(ProblemException.class.getName(), e);
        Locale locale = Problems.locale(request);
        ProblemDetail problem = problems.of(e.code(), e.status(), locale);
        problem.setProperty("rows", e.rows());
        problem.setProperty(
                "errors",
                e.errors().stream()
                        .map(error -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("row", error.row());
                            row.put("column", error.column());
                            row.put("code", error.code());
                            row.put("message", messages.getMessage(error.code(), null, error.code(), locale));
                            return row;
                        })
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Opens a planned distribution for hand-overs (409 when not planned)")
    DistributionJson open(@PathVariable DistributionId id) {
        return DistributionJson.of(distributions.open(id));
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Closes an open distribution and reconciles planned, given and dispatched per item (409 when "
                    + "not open); no hand-over is accepted after")
    DistributionJson close(@PathVariable DistributionId id) {
        return DistributionJson.of(distributions.close(id));
    }

    static <E extends Enum<E>> @Nullable E parse(
            String field, @Nullable String value, Class<E> type, List<InvalidFields.Field> errors) {
        String text = ServicesApi.blank(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new InvalidFields.Field(field, "assistance.error.unknown"));
            return null;
        }
    }
}
