package org.masar.assistance.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.assistance.CashCycle;
import org.masar.assistance.CashCycleDraft;
import org.masar.assistance.CashCycleId;
import org.masar.assistance.CashTransfers;
import org.masar.assistance.PaymentList;
import org.masar.assistance.PaymentListId;
import org.masar.assistance.PaymentReconciliation;
import org.masar.assistance.Transfer;
import org.masar.assistance.TransferDraft;
import org.masar.assistance.TransferId;
import org.masar.assistance.TransfersAdded;
import org.masar.people.HouseholdId;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Phone-sized cash pages: the cycles, a cycle's payment lists, and a list with its transfers and totals, the forms to
 * add and remove transfers while it is a draft, to submit it for approval, to move transfers' statuses, the exports
 * for the provider and the reconciliation of the provider's report with every mismatch listed.
 */
@Controller
@RequestMapping("/assistance/cash")
class CashPages {

    /** The statuses a transfer may be moved to from each, through a page (the approval moves drafts). */
    static final Map<String, List<String>> NEXT =
            Map.of("approved", List.of("sent", "cancelled"), "sent", List.of("collected", "failed", "cancelled"));

    private final CashTransfers cash;
    private final MessageSource messages;

    CashPages(CashTransfers cash, MessageSource messages) {
        this.cash = cash;
        this.messages = messages;
    }

    /** The labels of purposes, mechanisms, statuses and mismatch kinds, by their code, in the user's language. */
    private Map<String, String> labels() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new HashMap<>();
        CashCycle.PURPOSES.forEach(p -> labels.put("purpose." + p, label("purpose." + p, locale)));
        CashCycle.MECHANISMS.forEach(m -> labels.put("mechanism." + m, label("mechanism." + m, locale)));
        CashCycle.STATUSES.forEach(s -> labels.put("status." + s, label("status." + s, locale)));
        labels.put("status.pending", label("status.pending", locale));
        for (String kind : List.of(
                "missing-from-report",
                "not-in-list",
                "amount-differs",
                "currency-differs",
                "status-differs",
                "duplicate-row",
                "invalid-row")) {
            labels.put("kind." + kind, label("kind." + kind, locale));
        }
        return labels;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("assistance.cash." + key, null, key, locale);
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<CashCycle> cycles = cash.cycles(new Paging(page, 50));
        model.addAttribute("cycles", cycles);
        model.addAttribute("labels", labels());
        model.addAttribute("writer", may("assistance:manage-cash"));
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("purposes", CashCycle.PURPOSES);
        return "assistance/cash/index";
    }

    @PostMapping("/cycles")
    String createCycle(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String project,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn,
            @RequestParam(defaultValue = "") String baladiya,
            RedirectAttributes redirect) {
        return step("/assistance/cash", redirect, () -> {
            CashCycle created = cash.createCycle(
                    new CashCycleDraft(name, programme, project, purpose, day(startsOn), day(endsOn), baladiya));
            return "/assistance/cash/cycles/" + created.id();
        });
    }

    @GetMapping("/cycles/{id}")
    String cycle(@PathVariable CashCycleId id, Model model) {
        model.addAttribute("cycle", cash.cycle(id));
        model.addAttribute("lists", cash.lists(id));
        model.addAttribute("labels", labels());
        model.addAttribute("writer", may("assistance:manage-cash"));
        return "assistance/cash/cycle";
    }

    @PostMapping("/cycles/{id}/lists")
    String createList(
            @PathVariable CashCycleId id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        return step(
                "/assistance/cash/cycles/" + id,
                redirect,
                () -> "/assistance/cash/lists/" + cash.createList(id, name).id());
    }

    @GetMapping("/lists/{id}")
    String list(@PathVariable PaymentListId id, Model model) {
        return listPage(id, null, model);
    }

    private String listPage(PaymentListId id, @Nullable PaymentReconciliation reconciliation, Model model) {
        PaymentList list = cash.list(id);
        List<Transfer> transfers = cash.transfers(id);
        model.addAttribute("list", list);
        model.addAttribute("cycle", cash.cycle(list.cycle()));
        model.addAttribute("transfers", transfers);
        model.addAttribute("labels", labels());
        model.addAttribute("next", NEXT);
        model.addAttribute("writer", may("assistance:manage-cash"));
        model.addAttribute("peopleReader", may("people:read"));
        model.addAttribute("exporter", may("assistance:export"));
        model.addAttribute("purposes", CashCycle.PURPOSES);
        model.addAttribute("mechanisms", CashCycle.MECHANISMS);
        model.addAttribute("reconciliation", reconciliation);
        return "assistance/cash/list";
    }

    @PostMapping("/lists/{id}/transfers")
    String addTransfer(
            @PathVariable PaymentListId id,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String household,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String mechanism,
            @RequestParam(defaultValue = "") String vendor,
            RedirectAttributes redirect) {
        String back = "/assistance/cash/lists/" + id;
        return step(back, redirect, () -> {
            UUID personId = uuid(person, "person");
            UUID householdId = household.isBlank() ? null : uuid(household, "household");
            cash.addTransfer(
                    id,
                    new TransferDraft(
                            personId == null ? null : new PersonId(personId),
                            householdId == null ? null : new HouseholdId(householdId),
                            amount(amount),
                            currency,
                            purpose,
                            mechanism,
                            vendor));
            return back;
        });
    }

    @PostMapping("/lists/{id}/from-people")
    String addFromPeople(
            @PathVariable PaymentListId id,
            @RequestParam(defaultValue = "") String nationality,
            @RequestParam(defaultValue = "") String baladiya,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency,
            @RequestParam(defaultValue = "") String mechanism,
            @RequestParam(defaultValue = "") String vendor,
            RedirectAttributes redirect) {
        String back = "/assistance/cash/lists/" + id;
        return step(back, redirect, () -> {
            String country = nationality.isBlank() ? null : nationality.strip().toUpperCase(Locale.ROOT);
            String pcode = baladiya.isBlank() ? null : baladiya.strip();
            if (country == null && pcode == null) {
                throw new InvalidFields(
                        List.of(new InvalidFields.Field("nationality", "assistance.error.filter-required")));
            }
            TransfersAdded added = cash.addFromPeople(
                    id,
                    new PersonFilter(null, null, null, country, null, pcode),
                    new TransferDraft(null, null, amount(amount), currency, null, mechanism, vendor));
            // Flash attributes live in the shared session store: plain numbers only.
            redirect.addFlashAttribute("addedCount", added.added());
            redirect.addFlashAttribute("skippedCount", added.skipped().size());
            return back;
        });
    }

    @PostMapping("/lists/{id}/transfers/{transfer}/remove")
    String removeTransfer(
            @PathVariable PaymentListId id, @PathVariable TransferId transfer, RedirectAttributes redirect) {
        String back = "/assistance/cash/lists/" + id;
        return step(back, redirect, () -> {
            cash.removeTransfer(id, transfer);
            return back;
        });
    }

    @PostMapping("/lists/{id}/submit")
    String submit(@PathVariable PaymentListId id, RedirectAttributes redirect) {
        String back = "/assistance/cash/lists/" + id;
        return step(back, redirect, () -> {
            cash.submit(id);
            return back;
        });
    }

    @PostMapping("/lists/{id}/transfers/{transfer}/status")
    String changeStatus(
            @PathVariable PaymentListId id,
            @PathVariable TransferId transfer,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        String back = "/assistance/cash/lists/" + id;
        return step(back, redirect, () -> {
            cash.changeStatus(transfer, status, reason);
            return back;
        });
    }

    @PostMapping("/lists/{id}/reconciliation")
    String reconcile(
            @PathVariable PaymentListId id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problemCode", "validation");
            return "redirect:/assistance/cash/lists/" + id;
        }
        PaymentReconciliation done;
        try {
            done = cash.reconcile(
                    id,
                    file.getOriginalFilename() == null ? "report" : file.getOriginalFilename(),
                    file.getBytes(),
                    confirm);
        } catch (ProblemException refused) {
            if (refused.status().is4xxClientError() && refused.status().value() != 403) {
                model.addAttribute("problemCode", refused.code());
                return listPage(id, null, model);
            }
            throw refused;
        }
        return listPage(id, done, model);
    }

    private String step(String back, RedirectAttributes redirect, Supplier<String> call) {
        try {
            String next = call.get();
            redirect.addFlashAttribute("flash", "assistance.cash.saved");
            return "redirect:" + next;
        } catch (InvalidFields refused) {
            redirect.addFlashAttribute("problemCode", "validation");
        } catch (ProblemException refused) {
            if (refused.status().is4xxClientError() && refused.status().value() != 403) {
                redirect.addFlashAttribute("problemCode", refused.code());
            } else {
                throw refused;
            }
        }
        return "redirect:" + back;
    }

    private static @Nullable UUID uuid(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFields(List.of(new InvalidFields.Field(field, "assistance.error.unknown")));
        }
    }

    private static @Nullable BigDecimal amount(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidFields(List.of(new InvalidFields.Field("amount", "assistance.error.positive")));
        }
    }

    private static @Nullable LocalDate day(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field("date", "assistance.error.date")));
        }
    }

    private static boolean may(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
