package org.masar.cases.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.Directory;
import org.masar.access.UserId;
import org.masar.cases.CaseDocument;
import org.masar.cases.CaseDocumentId;
import org.masar.cases.CaseDocuments;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNotFound;
import org.masar.cases.CaseNote;
import org.masar.cases.CaseNoteId;
import org.masar.cases.CaseNotes;
import org.masar.cases.CaseTask;
import org.masar.cases.CaseTaskChange;
import org.masar.cases.CaseTaskId;
import org.masar.cases.CaseTaskStatus;
import org.masar.cases.CaseTasks;
import org.masar.cases.NewCaseDocument;
import org.masar.cases.NewCaseNote;
import org.masar.cases.NewCaseTask;
import org.masar.cases.NewServicePlanItem;
import org.masar.cases.ServicePlanItem;
import org.masar.cases.ServicePlanItemId;
import org.masar.cases.ServicePlanService;
import org.masar.cases.ServicePlanStatus;
import org.masar.cases.ServicePlans;
import org.masar.cases.web.CaseWorkRows.DocumentRow;
import org.masar.cases.web.CaseWorkRows.NoteRow;
import org.masar.cases.web.CaseWorkRows.PlanRow;
import org.masar.cases.web.CaseWorkRows.TaskRow;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work on a case, on a phone: its tasks, notes, service plan and documents, each a page that links back to the
 * case, and the user's own tasks across cases (overdue first). Forms post and redirect back; a refusal the user can
 * act on (a stale version, a case no longer open, a field left empty) comes back as the page's problem alert. The face
 * decides who may read and write.
 */
@Controller
class CaseWorkPages {

    static final int PAGE_SIZE = 25;

    private final CaseTasks tasks;
    private final CaseNotes notes;
    private final ServicePlans plans;
    private final CaseDocuments documents;
    private final Directory directory;
    private final MessageSource messages;

    CaseWorkPages(
            CaseTasks tasks,
            CaseNotes notes,
            ServicePlans plans,
            CaseDocuments documents,
            Directory directory,
            MessageSource messages) {
        this.tasks = tasks;
        this.notes = notes;
        this.plans = plans;
        this.documents = documents;
        this.directory = directory;
        this.messages = messages;
    }

    // ---- tasks

    @GetMapping("/cases/{id}/tasks")
    String tasks(@PathVariable CaseId id, @RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<CaseTask> found = tasks.ofCase(id, new Paging(page, PAGE_SIZE));
        model.addAttribute("caseId", id.toString());
        model.addAttribute("tasks", taskRows(found));
        model.addAttribute("pages", found.pageCount());
        return "cases/work/tasks";
    }

    @PostMapping("/cases/{id}/tasks")
    String addTask(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(redirect, "cases-work.task.added", "/cases/" + id + "/tasks", () -> {
            if (dueOn == null) {
                throw new InvalidFields(List.of(new InvalidFields.Field("dueOn", "cases-work.invalid.due-on")));
            }
            tasks.add(id, new NewCaseTask(title, dueOn, null));
        });
    }

    /** A change as of the version the form was drawn with: a stale one is the page's conflict alert. */
    @PostMapping("/cases/{id}/tasks/{taskId}/change")
    String changeTask(
            @PathVariable CaseId id,
            @PathVariable CaseTaskId taskId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
            @RequestParam UserId assigneeId,
            RedirectAttributes redirect) {
        return act(redirect, "cases-work.task.changed", "/cases/" + id + "/tasks", () -> {
            if (dueOn == null) {
                throw new InvalidFields(List.of(new InvalidFields.Field("dueOn", "cases-work.invalid.due-on")));
            }
            tasks.change(id, taskId, new CaseTaskChange(title, dueOn, assigneeId, version));
        });
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/complete")
    String completeTask(
            @PathVariable CaseId id,
            @PathVariable CaseTaskId taskId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "cases-work.task.completed",
                "mine".equals(back) ? "/cases/tasks" : "/cases/" + id + "/tasks",
                () -> tasks.complete(id, taskId, version));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/cancel")
    String cancelTask(
            @PathVariable CaseId id,
            @PathVariable CaseTaskId taskId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "cases-work.task.cancelled",
                "/cases/" + id + "/tasks",
                () -> tasks.cancel(id, taskId, reason, version));
    }

    @GetMapping("/cases/tasks")
    String myTasks(@RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<CaseTask> found = tasks.mine(false, new Paging(page, PAGE_SIZE));
        model.addAttribute("tasks", taskRows(found));
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("overdue", tasks.myOverdueCount());
        return "cases/work/my-tasks";
    }

    // ---- notes

    @GetMapping("/cases/{id}/notes")
    String notes(@PathVariable CaseId id, @RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<CaseNote> found = notes.ofCase(id, new Paging(page, PAGE_SIZE));
        model.addAttribute("caseId", id.toString());
        model.addAttribute(
                "notes",
                found.map(note -> new NoteRow(
                        note.id().toString(),
                        note.restricted(),
                        note.text(),
                        note.corrects() != null,
                        note.correctedBy() != null,
                        note.writtenAt(),
                        note.writtenBy())));
        model.addAttribute("pages", found.pageCount());
        return "cases/work/notes";
    }

    @PostMapping("/cases/{id}/notes")
    String writeNote(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean restricted,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "cases-work.note.written",
                "/cases/" + id + "/notes",
                () -> notes.write(id, new NewCaseNote(text, restricted)));
    }

    @PostMapping("/cases/{id}/notes/{noteId}/correct")
    String correctNote(
            @PathVariable CaseId id,
            @PathVariable CaseNoteId noteId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "cases-work.note.corrected.flash",
                "/cases/" + id + "/notes",
                () -> notes.correct(id, noteId, new NewCaseNote(text, false)));
    }

    // ---- service plan

    @GetMapping("/cases/{id}/plan")
    String plan(@PathVariable CaseId id, Model model) {
        List<ServicePlanItem> items = plans.ofCase(id);
        model.addAttribute("caseId", id.toString());
        model.addAttribute("items", items.stream().map(this::planRow).toList());
        model.addAttribute(
                "services",
                Arrays.stream(ServicePlanService.values())
                        .map(service -> Map.entry(service.name(), label("cases-work.service." + service.name())))
                        .toList());
        return "cases/work/plan";
    }

    @PostMapping("/cases/{id}/plan")
    String planService(
            @PathVariable CaseId id,
            @RequestParam(defaultValue = "") String service,
            @RequestParam(defaultValue = "") String details,
            RedirectAttributes redirect) {
        return act(redirect, "cases-work.plan.planned", "/cases/" + id + "/plan", () -> {
            ServicePlanService chosen;
            try {
                chosen = ServicePlanService.valueOf(service);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidFields(List.of(new InvalidFields.Field("service", "cases-work.invalid.service")));
            }
            plans.plan(id, new NewServicePlanItem(chosen, details));
        });
    }

    @PostMapping("/cases/{id}/plan/{itemId}/deliver")
    String deliver(@PathVariable CaseId id, @PathVariable ServicePlanItemId itemId, RedirectAttributes redirect) {
        return act(
                redirect, "cases-work.plan.delivered", "/cases/" + id + "/plan", () -> plans.markDelivered(id, itemId));
    }

    @PostMapping("/cases/{id}/plan/{itemId}/cancel")
    String cancelService(
            @PathVariable CaseId id,
            @PathVariable ServicePlanItemId itemId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "cases-work.plan.cancelled",
                "/cases/" + id + "/plan",
                () -> plans.cancel(id, itemId, reason));
    }

    // ---- documents

    @GetMapping("/cases/{id}/documents")
    String documents(@PathVariable CaseId id, Model model) {
        List<CaseDocument> found = documents.ofCase(id);
        model.addAttribute("caseId", id.toString());
        model.addAttribute(
                "documents",
                found.stream()
                        .map(document -> new DocumentRow(
                                document.id().toString(),
                                document.fileName(),
                                document.mediaType(),
                                Math.max(1, (document.sizeBytes() + 1023) / 1024),
                                document.description(),
                                document.uploadedAt(),
                                document.uploadedBy(),
                                document.deletedAt() != null,
                                document.deleteReason()))
                        .toList());
        return "cases/work/documents";
    }

    @PostMapping("/cases/{id}/documents")
    String attach(
            @PathVariable CaseId id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        return act(redirect, "cases-work.document.attached", "/cases/" + id + "/documents", () -> {
            NewCaseDocument upload = CaseWorkUploads.read(file, description);
            documents.attach(id, upload);
        });
    }

    @GetMapping("/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable CaseId id, @PathVariable CaseDocumentId documentId) {
        return CaseWorkUploads.download(documents.content(id, documentId));
    }

    @PostMapping("/cases/{id}/documents/{documentId}/delete")
    String deleteDocument(
            @PathVariable CaseId id,
            @PathVariable CaseDocumentId documentId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "cases-work.document.deleted",
                "/cases/" + id + "/documents",
                () -> documents.delete(id, documentId, reason));
    }

    // ----

    /**
     * Runs a form's step and redirects back: a problem the user can act on is the page's alert. A refused read (403)
     * or an unknown case (404) is not caught: it is the problem page, as for a GET.
     */
    private String act(RedirectAttributes redirect, String done, String back, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ProblemException refused) {
            if (refused.status().is4xxClientError()
                    && refused.status().value() != 403
                    && refused.status().value() != 401
                    && !(refused instanceof CaseNotFound)) {
                redirect.addFlashAttribute("problemCode", refused.code());
            } else {
                throw refused;
            }
        }
        return "redirect:" + back;
    }

    private PageJson<TaskRow> taskRows(PageJson<CaseTask> found) {
        Map<UserId, String> names =
                names(found.items().stream().map(CaseTask::assignedTo).collect(Collectors.toSet()));
        String unknown = label("cases-work.unknown-user");
        return found.map(task -> new TaskRow(
                task.id().toString(),
                task.caseId().toString(),
                task.caseNumber(),
                task.title(),
                task.dueOn(),
                task.assignedTo().toString(),
                names.getOrDefault(task.assignedTo(), unknown),
                label("cases-work.task.status." + task.status().name()),
                task.status() == CaseTaskStatus.OPEN,
                task.overdue(),
                task.cancelReason(),
                task.version()));
    }

    private PlanRow planRow(ServicePlanItem item) {
        String deliveredBy = item.deliveredByType() == null
                ? null
                : messages.getMessage(
                        "cases-work.delivered-by." + item.deliveredByType(),
                        null,
                        item.deliveredByType(),
                        LocaleContextHolder.getLocale());
        return new PlanRow(
                item.id().toString(),
                label("cases-work.service." + item.service().name()),
                item.details(),
                label("cases-work.plan.status." + item.status().name()),
                item.status() == ServicePlanStatus.PLANNED,
                deliveredBy,
                item.deliveredAt() != null ? item.deliveredAt() : item.cancelledAt(),
                item.cancelReason());
    }

    private Map<UserId, String> names(Collection<UserId> users) {
        return users.isEmpty() ? Map.of() : directory.userNames(Set.copyOf(users));
    }

    private String label(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
