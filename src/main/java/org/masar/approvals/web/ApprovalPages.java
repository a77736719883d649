package org.masar.approvals.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Directory;
import org.masar.access.UserId;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalNotPending;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.Approvals;
import org.masar.approvals.RejectionReasonMissing;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvals queue: the pending commands the user may decide and the commands they made; a command's page with
 * Approve and Reject (with a reason) for a checker, Withdraw for its maker. The face decides who may see and do what;
 * a maker's attempt to decide their own command is its 403 problem page, audited by the face.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalPages {

    static final int PAGE_SIZE = 20;

    private final Approvals approvals;
    private final Directory directory;
    private final MessageSource messages;

    ApprovalPages(Approvals approvals, Directory directory, MessageSource messages) {
        this.approvals = approvals;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * @param page the page of the commands waiting for the user's decision
     * @param minePage the page of the user's own commands
     */
    @GetMapping
    String queue(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int minePage, Model model) {
        String me = CurrentUser.get().id().toString();
        PageJson<Approval> waiting = approvals.decidable(ApprovalStatus.PENDING, new Paging(page, PAGE_SIZE));
        PageJson<Approval> mine = approvals.mine(null, new Paging(minePage, PAGE_SIZE));
        ApprovalRow.Labels labels = labels(users(waiting.items(), mine.items()));
        model.addAttribute("waiting", waiting.map(approval -> ApprovalRow.of(approval, labels, me)));
        model.addAttribute("waitingPages", waiting.pageCount());
        model.addAttribute("mine", mine.map(approval -> ApprovalRow.of(approval, labels, me)));
        model.addAttribute("minePages", mine.pageCount());
        return "approvals/queue";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable ApprovalId id, Model model) {
        Approval approval = approvals.get(id);
        String me = CurrentUser.get().id().toString();
        model.addAttribute(
                "approval",
                ApprovalRow.of(
                        approval,
                        labels(users(List.of(approval), List.of())),
                        me,
                        approvals.subjectPage(approval).orElse(null)));
        return "approvals/detail";
    }

    /** A command decided meanwhile (by another checker, or a second click) is said so on its page. */
    @PostMapping("/{id}/approve")
    String approve(@PathVariable ApprovalId id, RedirectAttributes redirect) {
        try {
            approvals.approve(id);
            redirect.addFlashAttribute("flash", "approvals.approved");
        } catch (ApprovalNotPending refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/approvals/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable ApprovalId id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            approvals.reject(id, reason);
            redirect.addFlashAttribute("flash", "approvals.rejected");
        } catch (ApprovalNotPending | RejectionReasonMissing refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        } catch (InvalidFields tooLong) {
            redirect.addFlashAttribute("problemCode", "approvals.reason-too-long");
        }
        return "redirect:/approvals/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable ApprovalId id, RedirectAttributes redirect) {
        try {
            approvals.withdraw(id);
            redirect.addFlashAttribute("flash", "approvals.withdrawn");
        } catch (ApprovalNotPending refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/approvals/" + id;
    }

    private static Set<UserId> users(Collection<Approval> some, Collection<Approval> others) {
        Set<UserId> ids = new HashSet<>();
        for (Collection<Approval> list : List.of(some, others)) {
            for (Approval approval : list) {
                ids.add(UserId.parse(approval.makerId()));
                if (approval.deciderId() != null) {
                    ids.add(UserId.parse(approval.deciderId()));
                }
            }
        }
        return ids;
    }

    /** Labels resolved once per page: the users' names in one call to the directory. */
    private ApprovalRow.Labels labels(Set<UserId> users) {
        Map<UserId, String> names = users.isEmpty() ? Map.of() : directory.userNames(users);
        Locale locale = LocaleContextHolder.getLocale();
        String unknown = messages.getMessage("approvals.unknown-user", null, locale);
        return new ApprovalRow.Labels() {
            @Override
            public String type(String type) {
                return messages.getMessage("approvals.type." + type, null, type, locale);
            }

            @Override
            public String status(ApprovalStatus status) {
                return messages.getMessage("approvals.status." + status.name(), null, locale);
            }

            @Override
            public String user(String userId) {
                @Nullable String name = names.get(UserId.parse(userId));
                return name == null ? unknown : name;
            }
        };
    }
}
