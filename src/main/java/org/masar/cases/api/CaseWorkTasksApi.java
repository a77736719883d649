package org.masar.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.masar.access.UserId;
import org.masar.cases.CaseId;
import org.masar.cases.CaseTaskChange;
import org.masar.cases.CaseTaskId;
import org.masar.cases.CaseTasks;
import org.masar.cases.NewCaseTask;
import org.masar.cases.api.CaseWorkJson.CaseWorkTaskCancellationRequest;
import org.masar.cases.api.CaseWorkJson.CaseWorkTaskChangeRequest;
import org.masar.cases.api.CaseWorkJson.CaseWorkTaskCompletionRequest;
import org.masar.cases.api.CaseWorkJson.CaseWorkTaskJson;
import org.masar.cases.api.CaseWorkJson.CaseWorkTaskRequest;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks on a case, and the caller's own (overdue) tasks across cases. Reading needs {@code cases:read} and the case
 * readable; writing needs {@code cases:write} and an open case (409 otherwise). A change names the version read: a
 * stale one is a 409 and nothing is overwritten.
 */
@RestController
@Tag(name = "Case tasks", description = "Tasks with a due day (Libya's time) and an assignee, on a case")
class CaseWorkTasksApi {

    private final CaseTasks tasks;

    CaseWorkTasksApi(CaseTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping(path = "/api/v1/cases/{id}/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's tasks: open ones by due day, then done and cancelled ones")
    PageJson<CaseWorkTaskJson> list(
            @PathVariable CaseId id,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return tasks.ofCase(id, new Paging(page, size)).map(CaseWorkTaskJson::of);
    }

    @GetMapping(path = "/api/v1/cases/{id}/tasks/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One task of the case")
    CaseWorkTaskJson get(@PathVariable CaseId id, @PathVariable CaseTaskId taskId) {
        return CaseWorkTaskJson.of(tasks.get(id, taskId));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/tasks",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds a task (assigned to the caller unless assigneeId names a user who may read the case)")
    ResponseEntity<CaseWorkTaskJson> create(@PathVariable CaseId id, @Valid @RequestBody CaseWorkTaskRequest request) {
        CaseWorkTaskJson task = CaseWorkTaskJson.of(tasks.add(
                id,
                new NewCaseTask(
                        Objects.requireNonNull(request.title()),
                        Objects.requireNonNull(request.dueOn()),
                        request.assigneeId() == null ? null : new UserId(request.assigneeId()))));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/tasks/" + task.id()))
                .body(task);
    }

    @PutMapping(
            path = "/api/v1/cases/{id}/tasks/{taskId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Changes an open task as of the version read (409 when stale, done or cancelled)")
    CaseWorkTaskJson update(
            @PathVariable CaseId id,
            @PathVariable CaseTaskId taskId,
            @Valid @RequestBody CaseWorkTaskChangeRequest request) {
        return CaseWorkTaskJson.of(tasks.change(
                id,
                taskId,
                new CaseTaskChange(
                        Objects.requireNonNull(request.title()),
                        Objects.requireNonNull(request.dueOn()),
                        new UserId(Objects.requireNonNull(request.assigneeId())),
                        Objects.requireNonNull(request.version()))));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/tasks/{taskId}/completion",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Marks an open task done as of the version read (409 when stale, done or cancelled)")
    CaseWorkTaskJson complete(
            @PathVariable CaseId id,
            @PathVariable CaseTaskId taskId,
            @Valid @RequestBody CaseWorkTaskCompletionRequest request) {
        return CaseWorkTaskJson.of(tasks.complete(id, taskId, Objects.requireNonNull(request.version())));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/tasks/{taskId}/cancellation",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancels an open task with a reason, as of the version read")
    CaseWorkTaskJson cancel(
            @PathVariable CaseId id,
            @PathVariable CaseTaskId taskId,
            @Valid @RequestBody CaseWorkTaskCancellationRequest request) {
        return CaseWorkTaskJson.of(tasks.cancel(
                id, taskId, Objects.requireNonNull(request.reason()), Objects.requireNonNull(request.version())));
    }

    @GetMapping(path = "/api/v1/case-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The caller's open tasks across cases, overdue first (overdue=true: only those overdue)")
    PageJson<CaseWorkTaskJson> mine(
            @Parameter(description = "whose tasks: only 'me' is supported") @RequestParam(defaultValue = "me")
                    String assignee,
            @Parameter(description = "true: only tasks whose day has passed in Libya")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        if (!"me".equals(assignee)) {
            throw new InvalidFields(List.of(new InvalidFields.Field("assignee", "cases-work.invalid.assignee-filter")));
        }
        return tasks.mine(overdue, new Paging(page, size)).map(CaseWorkTaskJson::of);
    }
}
