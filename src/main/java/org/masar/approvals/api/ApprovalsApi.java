package org.masar.approvals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.Approvals;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four-eyes queue. A command is seen by its maker and by users holding its permission (and covering its
 * baladiya); to anyone else it is a 404. Its maker can never approve or reject it, whatever session or token they use
 * (403 {@code approvals.own-command}, audited). Commands are recorded by the modules that own them, not here.
 */
@RestController
@RequestMapping(path = "/api/v1/approvals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Approvals", description = "Commands recorded by one user and approved or rejected by a second (four eyes)")
class ApprovalsApi {

    private final Approvals approvals;
    private final JsonMapper json;

    ApprovalsApi(Approvals approvals, JsonMapper json) {
        this.approvals = approvals;
        this.json = json;
    }

    @GetMapping
    @Operation(
            summary = "Commands the caller may decide (newest first), or with mine=true the commands the caller made")
    PageJson<ApprovalJson> list(
            @Parameter(description = "PENDING, APPROVED, REJECTED or WITHDRAWN; all when absent")
                    @RequestParam(required = false)
                    @Nullable
                    ApprovalStatus status,
            @Parameter(description = "true: the commands the caller made; false: those the caller may decide")
                    @RequestParam(defaultValue = "false")
                    boolean mine,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        PageJson<org.masar.approvals.Approval> found =
                mine ? approvals.mine(status, paging) : approvals.decidable(status, paging);
        return found.map(approval -> ApprovalJson.of(approval, json));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One command (404 when unknown or not the caller's to see)")
    ApprovalJson get(@PathVariable ApprovalId id) {
        return ApprovalJson.of(approvals.get(id), json);
    }

    @PostMapping("/{id}/approval")
    @Operation(
            summary = "Approves a pending command and carries it out, in one transaction; 403 for its maker, "
                    + "409 when already decided")
    ApprovalJson approve(@PathVariable ApprovalId id) {
        return ApprovalJson.of(approvals.approve(id), json);
    }

    @PostMapping(path = "/{id}/rejection", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rejects a pending command with a reason; 403 for its maker, 409 when already decided")
    ApprovalJson reject(@PathVariable ApprovalId id, @Valid @RequestBody RejectionRequest request) {
        return ApprovalJson.of(approvals.reject(id, request.reason() == null ? "" : request.reason()), json);
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraws a pending command; only its maker may (403 otherwise), 409 when already decided")
    ApprovalJson withdraw(@PathVariable ApprovalId id) {
        return ApprovalJson.of(approvals.withdraw(id), json);
    }
}
