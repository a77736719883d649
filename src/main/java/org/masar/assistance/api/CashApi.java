package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.CashCycle;
import org.masar.assistance.CashCycleDraft;
import org.masar.assistance.CashCycleId;
import org.masar.assistance.CashTransfers;
import org.masar.assistance.PaymentList;
import org.masar.assistance.PaymentListId;
import org.masar.assistance.PaymentMismatch;
import org.masar.assistance.PaymentReconciliation;
import org.masar.assistance.Transfer;
import org.masar.assistance.TransferDraft;
import org.masar.assistance.TransferId;
import org.masar.assistance.TransfersAdded;
import org.masar.assistance.internal.PaymentListExport;
import org.masar.people.HouseholdId;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cash and vouchers: cycles, payment lists approved through the maker-checker, transfers' statuses, the list for the
 * provider and the reconciliation of its report.
 */
@RestController
@RequestMapping(path = "/api/v1/assistance/cash", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance cash", description = "Cash and voucher cycles, payment lists, transfers and reconciliation")
class CashApi {

    private final CashTransfers cash;

    CashApi(CashTransfers cash) {
        this.cash = cash;
    }

    /** A cycle to create; dates as YYYY-MM-DD, the programme as access's programme names. */
    record CycleRequest(
            @Nullable String name,
            @Nullable String programme,
            @Nullable String project,
            @Nullable String purpose,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String baladiya) {}

    /** A payment list to create in a cycle (its name is made from the cycle's when none is given). */
    record ListRequest(@Nullable String name) {}

    /** A transfer to add: to the person, or to their household (the person collects it) when household is given. */
    record TransferRequest(
            @Nullable UUID person,
            @Nullable UUID household,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable String purpose,
            @Nullable String mechanism,
            @Nullable String vendor) {}

    /**
     * People to add to a draft list, found by a filter (at least one criterion: a name, registration, document or phone
     * number in text, sex M|F, nationality ISO 3166-1 alpha-3, baladiya P-code), each with the same transfer.
     */
    record FromPeopleRequest(
            @Nullable String text,
            @Nullable String sex,
            @Nullable String nationality,
            @Nullable String baladiya,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable String purpose,
            @Nullable String mechanism,
            @Nullable String vendor) {}

    record FromPeopleJson(int added, List<String> skipped) {}

    /** A status to move a transfer to (sent, collected, failed, cancelled) and the reason (failed, cancelled). */
    record StatusRequest(@Nullable String status, @Nullable String reason) {}

    record CycleJson(
            String id,
            String name,
            String programme,
            @Nullable String project,
            String purpose,
            LocalDate startsOn,
            LocalDate endsOn,
            String baladiya,
            Instant createdAt,
            String createdBy,
            long transfers,
            String total) {

        static CycleJson of(CashCycle c) {
            return new CycleJson(
                    c.id().toString(),
                    c.name(),
                    c.programme(),
                    c.project(),
                    c.purpose(),
                    c.startsOn(),
                    c.endsOn(),
                    c.baladiya(),
                    c.createdAt(),
                    c.createdBy(),
                    c.transfers(),
                    c.total());
        }
    }

    record ListJson(
            String id,
            String cycle,
            String cycleName,
            String name,
            String status,
            int version,
            @Nullable String approval,
            Instant createdAt,
            String createdBy,
            @Nullable Instant submittedAt,
            @Nullable String submittedBy,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy,
            long transfers,
            List<PaymentList.Total> totals) {

        static ListJson of(PaymentList l) {
            return new ListJson(
                    l.id().toString(),
                    l.cycle().toString(),
                    l.cycleName(),
                    l.name(),
                    l.status(),
                    l.version(),
                    l.approval(),
                    l.createdAt(),
                    l.createdBy(),
                    l.submittedAt(),
                    l.submittedBy(),
                    l.approvedAt(),
                    l.approvedBy(),
                    l.transfers(),
                    l.totals());
        }
    }

    record TransferJson(
            String id,
            String reference,
            String list,
            String cycle,
            String person,
            String nameAr,
            String nameLat,
            String registrationNumber,
            @Nullable String household,
            BigDecimal amount,
            String currency,
            String purpose,
            String mechanism,
            @Nullable String vendor,
            String status,
            @Nullable String statusReason,
            Instant statusAt,
            String statusBy,
            @Nullable String service) {

        static TransferJson of(Transfer t) {
            return new TransferJson(
                    t.id().toString(),
                    t.reference(),
                    t.list().toString(),
                    t.cycle().toString(),
                    t.person().toString(),
                    t.nameAr(),
                    t.nameLat(),
                    t.registrationNumber(),
                    t.household() == null ? null : t.household().toString(),
                    t.amount(),
                    t.currency(),
                    t.purpose(),
                    t.mechanism(),
                    t.vendor(),
                    t.status(),
                    t.statusReason(),
                    t.statusAt(),
                    t.statusBy(),
                    t.service() == null ? null : t.service().toString());
        }
    }

    record ReconciliationJson(
            int rows, int matched, List<PaymentMismatch> mismatches, int applied, boolean applicable) {

        static ReconciliationJson of(PaymentReconciliation r) {
            return new ReconciliationJson(r.rows(), r.matched(), r.mismatches(), r.applied(), r.applicable());
        }
    }

    @GetMapping("/cycles")
    @Operation(summary = "Cash cycles within the caller's programmes and baladiya, the latest first (assistance:read)")
    PageJson<CycleJson> cycles(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return cash.cycles(new Paging(page, size)).map(CycleJson::of);
    }

    @PostMapping(path = "/cycles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Creates a cash cycle (assistance:manage-cash; 400 naming every field in error, 403 outside the"
                    + " caller's programmes or baladiya)")
    ResponseEntity<CycleJson> createCycle(@RequestBody CycleRequest request) {
        CashCycle created = cash.createCycle(new CashCycleDraft(
                request.name(),
                request.programme(),
                request.project(),
                request.purpose(),
                ServicesApi.date("startsOn", request.startsOn()),
                ServicesApi.date("endsOn", request.endsOn()),
                request.baladiya()));
        return ResponseEntity.created(URI.create("/api/v1/assistance/cash/cycles/" + created.id()))
                .body(CycleJson.of(created));
    }

    @GetMapping("/cycles/{id}")
    @Operation(summary = "One cash cycle (404 when unknown, 403 outside the caller's scopes)")
    CycleJson cycle(@PathVariable CashCycleId id) {
        return CycleJson.of(cash.cycle(id));
    }

    @GetMapping("/cycles/{id}/lists")
    @Operation(summary = "The payment lists of a cycle, oldest first, with their totals")
    List<ListJson> lists(@PathVariable CashCycleId id) {
        return cash.lists(id).stream().map(ListJson::of).toList();
    }

    @PostMapping(path = "/cycles/{id}/lists", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates a draft payment list in the cycle (assistance:manage-cash)")
    ResponseEntity<ListJson> createList(@PathVariable CashCycleId id, @RequestBody ListRequest request) {
        PaymentList created = cash.createList(id, request.name());
        return ResponseEntity.created(URI.create("/api/v1/assistance/cash/lists/" + created.id()))
                .body(ListJson.of(created));
    }

    @GetMapping("/lists/{id}")
    @Operation(summary = "A payment list with its status, version, approval and totals per currency")
    ListJson list(@PathVariable PaymentListId id) {
        return ListJson.of(cash.list(id));
    }

    @GetMapping("/lists/{id}/transfers")
    @Operation(summary = "A payment list's transfers, by reference, with the persons' names and statuses")
    List<TransferJson> transfers(@PathVariable PaymentListId id) {
        return cash.transfers(id).stream().map(TransferJson::of).toList();
    }

    @PostMapping(path = "/lists/{id}/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Adds a transfer to a draft list (assistance:manage-cash): 400 naming every field in error, 409"
                    + " assistance.payment-list-locked once submitted, 409 assistance.paid-twice when the person or"
                    + " their household already has a live transfer in the cycle; nothing written")
    ResponseEntity<TransferJson> addTransfer(@PathVariable PaymentListId id, @RequestBody TransferRequest request) {
        Transfer added = cash.addTransfer(
                id,
                new TransferDraft(
                        request.person() == null ? null : new PersonId(request.person()),
                        request.household() == null ? null : new HouseholdId(request.household()),
                        request.amount(),
                        request.currency(),
                        request.purpose(),
                        request.mechanism(),
                        request.vendor()));
        return ResponseEntity.created(URI.create("/api/v1/assistance/cash/transfers/" + added.id()))
                .body(TransferJson.of(added));
    }

    @PostMapping(path = "/lists/{id}/transfers/from-people", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Adds a transfer for every person a people filter finds within the caller's scopes (at most"
                    + " 1,000; needs people:read too), all or nothing: people paid in the cycle already are skipped and"
                    + " named; 400 without a criterion; 409 assistance.paid-twice when a concurrent list pays one")
    FromPeopleJson addFromPeople(@PathVariable PaymentListId id, @RequestBody FromPeopleRequest request) {
        String text = ServicesApi.blank(request.text());
        String nationality = ServicesApi.blank(request.nationality());
        String baladiya = ServicesApi.blank(request.baladiya());
        String sexCode = ServicesApi.blank(request.sex());
        Sex sex = null;
        if (sexCode != null) {
            try {
                sex = Sex.valueOf(sexCode.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidFields(List.of(new InvalidFields.Field("sex", "assistance.error.unknown")));
            }
        }
        if (text == null && nationality == null && baladiya == null && sex == null) {
            throw new InvalidFields(List.of(new InvalidFields.Field("text", "assistance.error.filter-required")));
        }
        TransfersAdded added = cash.addFromPeople(
                id,
                new PersonFilter(text, sex, null, nationality, null, baladiya),
                new TransferDraft(
                        null,
                        null,
                        request.amount(),
                        request.currency(),
                        request.purpose(),
                        request.mechanism(),
                        request.vendor()));
        return new FromPeopleJson(added.added(), added.skipped());
    }

    @DeleteMapping("/lists/{id}/transfers/{transfer}")
    @Operation(summary = "Removes a transfer from a draft list (409 once the list is submitted)")
    ResponseEntity<Void> removeTransfer(@PathVariable PaymentListId id, @PathVariable TransferId transfer) {
        cash.removeTransfer(id, transfer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/lists/{id}/submission")
    @Operation(
            summary = "Submits a draft list for approval (type assistance.payment-list, checker needs"
                    + " assistance:approve-payments and is never the maker); the list is locked while pending")
    ListJson submit(@PathVariable PaymentListId id) {
        return ListJson.of(cash.submit(id));
    }

    @PostMapping(path = "/transfers/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Moves a transfer to a status the transitions allow (approved→sent→collected|failed, approved or"
                    + " sent→cancelled); 409 assistance.transfer-transition-refused naming both statuses otherwise;"
                    + " failed and cancelled need a reason; collected records a cash service for the person")
    TransferJson changeStatus(@PathVariable TransferId id, @RequestBody StatusRequest request) {
        return TransferJson.of(cash.changeStatus(id, request.status(), request.reason()));
    }

    @PostMapping(path = "/lists/{id}/reconciliation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Reads a provider's report (CSV or XLSX: reference, amount, currency, status paid|collected|failed,"
                            + " date) against an approved list and lists every mismatch; with confirm=true records the reported"
                            + " statuses when they are the only differences (200), else 422 with the same report and nothing"
                            + " recorded; 400 when the file cannot be read or lacks columns (named)")
    ResponseEntity<ReconciliationJson> reconcile(
            @PathVariable PaymentListId id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @Parameter(description = "record the reported statuses") @RequestParam(defaultValue = "false")
                    boolean confirm)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("file", "assistance.error.required")));
        }
        String name = file.getOriginalFilename() == null ? "report" : file.getOriginalFilename();
        PaymentReconciliation done = cash.reconcile(id, name, file.getBytes(), confirm);
        HttpStatus status = confirm && done.applied() == 0 ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).body(ReconciliationJson.of(done));
    }

    @GetMapping(path = "/lists/{id}/export", produces = MediaType.ALL_VALUE)
    @Operation(
            summary = "The approved list for its provider as CSV or XLSX (names people: assistance:read and"
                    + " assistance:export; audited with the list); 409 when the list is not approved")
    ResponseEntity<byte[]> export(
            @PathVariable PaymentListId id,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InvalidFields(List.of(new InvalidFields.Field("format", "assistance.error.unknown")));
        }
        List<Transfer> transfers = cash.export(id);
        boolean xlsx = "xlsx".equals(format);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("payment-list-" + id + "." + format, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        xlsx
                                ? MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(xlsx ? PaymentListExport.xlsx(transfers) : PaymentListExport.csv(transfers));
    }
}
