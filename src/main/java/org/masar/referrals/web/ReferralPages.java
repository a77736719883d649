package org.masar.referrals.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.cases.CaseSummary;
import org.masar.cases.Cases;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonRecord;
import org.masar.referrals.NewReferral;
import org.masar.referrals.Provider;
import org.masar.referrals.ProviderId;
import org.masar.referrals.Referral;
import org.masar.referrals.ReferralCatalogue;
import org.masar.referrals.ReferralFilter;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStatus;
import org.masar.referrals.Referrals;
import org.masar.referrals.ReportRow;
import org.masar.referrals.ServiceType;
import org.masar.referrals.SharedField;
import org.masar.referrals.Urgency;
import org.masar.shared.ConflictException;
import org.masar.shared.ForbiddenException;
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
 * Referral pages: the lists (sent by me, received by my organisation or office, all I may see; overdue ones and those
 * sent by an override marked), the form to refer a person or a case, a referral's page with the answers the user may
 * give, and the report of response times. Partners see only the list of what was sent to them. The face decides who
 * may see and do what.
 */
@Controller
@RequestMapping("/referrals")
class ReferralPages {

    static final int PAGE_SIZE = 20;

    private final Referrals referrals;
    private final ReferralCatalogue catalogue;
    private final People people;
    private final Cases cases;
    private final MessageSource messages;

    ReferralPages(
            Referrals referrals, ReferralCatalogue catalogue, People people, Cases cases, MessageSource messages) {
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.people = people;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String box,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean overridden,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        boolean partner = referrals.partnerUser();
        ReferralFilter.Box chosen = partner
                ? ReferralFilter.Box.RECEIVED
                : switch (box) {
                    case "received" -> ReferralFilter.Box.RECEIVED;
                    case "all" -> ReferralFilter.Box.ALL;
                    default -> ReferralFilter.Box.SENT;
                };
        ReferralStatus wanted = ReferralStatus.of(status).orElse(null);
        ReferralFilter filter = new ReferralFilter(chosen, wanted, overdue, overridden, null, null, null);
        PageJson<Referral> found = referrals.list(filter, new Paging(page, PAGE_SIZE));
        ReferralView.Labels labels = labels();
        model.addAttribute("referrals", found.map(r -> ReferralView.of(r, labels, Set.of())));
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("partner", partner);
        model.addAttribute("box", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("status", wanted == null ? "" : wanted.code());
        model.addAttribute("overdue", overdue);
        model.addAttribute("overridden", overridden);
        model.addAttribute("statuses", statusOptions(labels));
        if (!partner) {
            // For supervisors: what went to a partner without the person's consent.
            PageJson<Referral> overrides = referrals.list(
                    new ReferralFilter(ReferralFilter.Box.ALL, null, false, true, null, null, null), Paging.first(5));
            model.addAttribute("overrides", overrides.map(r -> ReferralView.of(r, labels, Set.of())));
        }
        return "referrals/list";
    }

    @GetMapping("/new")
    String form(
            @RequestParam(required = false) @Nullable PersonId person,
            @RequestParam(name = "case", required = false) @Nullable CaseId caseId,
            Model model) {
        prepareForm(person, caseId, model);
        model.addAttribute("form", new Form("", "", "", "", List.of(SharedField.NAMES.code()), ""));
        return "referrals/new";
    }

    @PostMapping
    String send(
            @RequestParam(required = false) @Nullable PersonId person,
            @RequestParam(name = "case", required = false) @Nullable CaseId caseId,
            @RequestParam(defaultValue = "") String service,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String urgency,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable List<String> share,
            @RequestParam(defaultValue = "") String overrideReason,
            Model model,
            RedirectAttributes redirect) {
        List<String> shareCodes = share == null ? List.of() : share;
        Form form = new Form(service, provider, urgency, reason, shareCodes, overrideReason);
        Map<String, String> errors = new LinkedHashMap<>();
        ProviderId providerId = null;
        try {
            providerId = provider.isBlank() ? null : new ProviderId(UUID.fromString(provider));
        } catch (IllegalArgumentException notAnId) {
            errors.put("provider", message("referrals.error.unknown"));
        }
        List<SharedField> fields = new ArrayList<>();
        for (String code : shareCodes) {
            SharedField.of(code)
                    .ifPresentOrElse(fields::add, () -> errors.put("share", message("referrals.error.unknown")));
        }
        if (errors.isEmpty()) {
            try {
                Referral sent = referrals.send(new NewReferral(
                        person,
                        caseId,
                        service,
                        providerId,
                        urgency,
                        reason,
                        fields,
                        overrideReason.isBlank() ? null : overrideReason,
                        null));
                redirect.addFlashAttribute("flash", "referrals.sent");
                return "redirect:/referrals/" + sent.id();
            } catch (InvalidFields refused) {
                for (InvalidFields.Field field : refused.fields()) {
                    errors.putIfAbsent(field.field().replaceAll("\\[.*", ""), message(field.code()));
                }
            } catch (ConflictException | ForbiddenException refused) {
                model.addAttribute("problemCode", refused.code());
            }
        }
        prepareForm(person, caseId, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/new";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable ReferralId id, Model model) {
        Referral referral = referrals.get(id);
        model.addAttribute("referral", ReferralView.of(referral, labels(), referrals.steps(referral)));
        model.addAttribute("outcomes", outcomeOptions());
        return "referrals/detail";
    }

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable ReferralId id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        return step(id, redirect, "referrals.accepted", () -> referrals.accept(id, version));
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable ReferralId id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, "referrals.declined", () -> referrals.decline(id, version, reason));
    }

    @PostMapping("/{id}/complete")
    String complete(
            @PathVariable ReferralId id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        ReferralOutcome how = ReferralOutcome.of(outcome).orElse(ReferralOutcome.OTHER);
        return step(id, redirect, "referrals.done", () -> referrals.complete(id, version, how, note));
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @PathVariable ReferralId id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, "referrals.revoked.flash", () -> referrals.revoke(id, version, reason));
    }

    @GetMapping("/report")
    String report(
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
        YearMonth first = month(from);
        YearMonth last = month(to);
        List<ReportRow> rows = referrals.report(first, last);
        ReferralView.Labels labels = labels();
        model.addAttribute(
                "rows",
                rows.stream()
                        .map(row -> new ReportLine(
                                row.month().toString(),
                                labels.service(row.service()),
                                labels.provider(row.provider().toString()),
                                row))
                        .toList());
        model.addAttribute("from", first == null ? "" : first.toString());
        model.addAttribute("to", last == null ? "" : last.toString());
        return "referrals/report";
    }

    /** One line of the report, with its labels. */
    record ReportLine(String month, String service, String provider, ReportRow figures) {}

    /** What the form holds, to show it again after a refusal. */
    record Form(
            String service,
            String provider,
            String urgency,
            String reason,
            List<String> share,
            String overrideReason) {}

    /** A choice of a select or a checkbox: its value and its label. */
    record Option(String value, String label) {}

    /**
     * The answer, or the page again with what stopped it: a stale version or a status that changed meanwhile (another
     * phone, another tab) is shown as a conflict with the referral as it stands now; a missing reason as the problem.
     */
    private String step(ReferralId id, RedirectAttributes redirect, String done, Runnable call) {
        try {
            call.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problemCode", conflict.code());
            redirect.addFlashAttribute("conflict", true);
        } catch (InvalidFields refused) {
            redirect.addFlashAttribute("problemCode", "validation");
        }
        return "redirect:/referrals/" + id;
    }

    private void prepareForm(@Nullable PersonId person, @Nullable CaseId caseId, Model model) {
        String subject = null;
        String subjectKey = "referrals.form.for-person";
        if (caseId != null) {
            CaseSummary summary = cases.summary(caseId);
            subject = summary.caseNumber();
            subjectKey = "referrals.form.for-case";
        } else if (person != null) {
            PersonRecord record = people.get(people.current(person));
            String names = record.names().arabic().isEmpty()
                    ? record.names().latin()
                    : record.names().arabic();
            subject = names + " (" + record.registrationNumber() + ")";
            subjectKey = "referrals.form.for-person";
        }
        ReferralView.Labels labels = labels();
        model.addAttribute("person", person == null ? "" : person.toString());
        model.addAttribute("caseId", caseId == null ? "" : caseId.toString());
        model.addAttribute(
                "heading",
                subject == null
                        ? ""
                        : messages.getMessage(subjectKey, new Object[] {subject}, LocaleContextHolder.getLocale()));
        model.addAttribute(
                "services",
                labels.services().values().stream()
                        .map(s -> new Option(s.code(), labels.service(s.code())))
                        .toList());
        model.addAttribute(
                "urgencies",
                labels.urgencies().values().stream()
                        .map(u -> new Option(u.code(), labels.urgency(u.code())))
                        .toList());
        model.addAttribute(
                "providers",
                labels.providers().values().stream()
                        .map(p -> new ProviderOption(
                                p.id().toString(),
                                labels.provider(p.id().toString()) + " — "
                                        + message(p.internal() ? "referrals.internal" : "referrals.partner"),
                                String.join(" ", p.services())))
                        .toList());
        List<Option> fields = new ArrayList<>();
        for (SharedField field : SharedField.values()) {
            if (field != SharedField.CASE_TYPE || caseId != null) {
                fields.add(new Option(field.code(), message("referrals.field." + field.code())));
            }
        }
        model.addAttribute("fields", fields);
        model.addAttribute("errors", Map.of());
    }

    /** A provider to choose, with the services it offers (the page narrows the list to the service chosen). */
    record ProviderOption(String value, String label, String services) {}

    private List<Option> statusOptions(ReferralView.Labels labels) {
        List<Option> options = new ArrayList<>();
        for (ReferralStatus status : ReferralStatus.values()) {
            options.add(new Option(status.code(), labels.message("referrals.status." + status.code())));
        }
        return options;
    }

    private List<Option> outcomeOptions() {
        List<Option> options = new ArrayList<>();
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            options.add(new Option(outcome.code(), message("referrals.outcome." + outcome.code())));
        }
        return options;
    }

    private ReferralView.Labels labels() {
        Map<String, ServiceType> services = catalogue.services().stream()
                .collect(Collectors.toMap(ServiceType::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Urgency> urgencies = catalogue.urgencies().stream()
                .collect(Collectors.toMap(Urgency::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Provider> providers = catalogue.providers(null).stream()
                .collect(
                        Collectors.toMap(p -> p.id().toString(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new ReferralView.Labels(services, urgencies, providers, messages, LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static @Nullable YearMonth month(String text) {
        try {
            return text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException malformed) {
            return null;
        }
    }
}
