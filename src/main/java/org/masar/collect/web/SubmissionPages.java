package org.masar.collect.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.masar.collect.SubmissionDetail;
import org.masar.collect.SubmissionFilter;
import org.masar.collect.SubmissionId;
import org.masar.collect.SubmissionReviewState;
import org.masar.collect.Submissions;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The reviewer's pages: the forms with what is left to review, a form's submissions (filters, review and mapping
 * badges, the reason an unmapped one was kept), and a submission's page with its answers, attachments, versions,
 * review history and the review form. Reads go through {@link Submissions}, which audits them.
 */
@Controller
class SubmissionPages {

    private final Submissions submissions;

    SubmissionPages(Submissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping("/collect/submissions")
    String forms(@RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<?> forms = submissions.forms(new Paging(Math.max(page, 0), Paging.DEFAULT_SIZE));
        model.addAttribute("forms", forms);
        model.addAttribute("pages", forms.pageCount());
        return "collect/submission-forms";
    }

    @GetMapping("/collect/forms/{formId}/submissions")
    String list(
            @PathVariable String formId,
            @RequestParam(required = false) @Nullable String reviewState,
            @RequestParam(required = false) @Nullable String mappingState,
            @RequestParam(required = false) @Nullable String submitter,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SubmissionReviewState state = blank(reviewState)
                ? null
                : SubmissionReviewState.ofCode(reviewState).orElse(null);
        String mapping = "mapped".equals(mappingState) || "unmapped".equals(mappingState) || "none".equals(mappingState)
                ? mappingState
                : null;
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            toDay = fromDay;
        }
        SubmissionFilter filter = new SubmissionFilter(
                state, mapping, blank(submitter) ? null : submitter.strip(), fromDay, toDay, null, false);
        var list = submissions.list(formId, filter, new Paging(Math.max(page, 0), Paging.DEFAULT_SIZE));
        model.addAttribute("formId", formId);
        model.addAttribute("submissions", list);
        model.addAttribute("pages", list.pageCount());
        model.addAttribute("reviewState", state == null ? "" : state.code());
        model.addAttribute("mappingState", mapping == null ? "" : mapping);
        model.addAttribute("submitter", filter.submitter() == null ? "" : filter.submitter());
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute("link", link(formId));
        return "collect/submissions";
    }

    @GetMapping("/collect/forms/{formId}/submissions/{id}")
    String submission(@PathVariable String formId, @PathVariable SubmissionId id, Model model) {
        return show(formId, submissions.get(formId, id), model);
    }

    @PostMapping("/collect/forms/{formId}/submissions/{id}/review")
    String review(
            @PathVariable String formId,
            @PathVariable SubmissionId id,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes redirect) {
        SubmissionReviewState decision = SubmissionReviewState.ofCode(state).orElse(SubmissionReviewState.RECEIVED);
        try {
            submissions.review(formId, id, decision, note);
        } catch (ProblemException problem) {
            if (problem.status().value() == 403 || problem.status().value() == 404) {
                throw problem;
            }
            model.addAttribute("problemCode", problem.code());
            model.addAttribute("problemArguments", problem.arguments());
            model.addAttribute("note", note);
            return show(formId, submissions.get(formId, id), model);
        }
        redirect.addFlashAttribute("flash", "collect.submissions.reviewed");
        return "redirect:" + link(formId) + "/" + id;
    }

    private static String show(String formId, SubmissionDetail detail, Model model) {
        model.addAttribute("formId", formId);
        model.addAttribute("submission", detail);
        model.addAttribute("s", detail.summary());
        model.addAttribute("link", link(formId));
        model.addAttribute(
                "api",
                "/api/v1/collect/forms/" + UriUtils.encodePathSegment(formId, "UTF-8") + "/submissions/"
                        + detail.summary().id());
        return "collect/submission";
    }

    private static String link(String formId) {
        return "/collect/forms/" + UriUtils.encodePathSegment(formId, "UTF-8") + "/submissions";
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
