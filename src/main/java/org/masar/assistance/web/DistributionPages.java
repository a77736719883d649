package org.masar.assistance.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.assistance.BeneficiariesAdded;
import org.masar.assistance.BeneficiaryImportRefused;
import org.masar.assistance.BeneficiaryImportUnreadable;
import org.masar.assistance.Distribution;
import org.masar.assistance.DistributionDraft;
import org.masar.assistance.DistributionId;
import org.masar.assistance.DistributionItem;
import org.masar.assistance.Distributions;
import org.masar.assistance.ItemCatalogue;
import org.masar.assistance.ServiceType;
import org.masar.assistance.Services;
import org.masar.assistance.Stock;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseListOrder;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.geo.SiteId;
import org.masar.people.PersonFilter;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Phone-sized pages of distributions: the list, the plan form, and a distribution's page (its list with who received,
 * adding people from a search, a case list or a spreadsheet with the rows in error shown, open, close with the
 * reconciliation). The hand-over page itself is another's ({@code /assistance/distributions/{id}/handover}).
 */
@Controller
class DistributionPages {

    static final int PAGE_SIZE = 50;
    static final int ITEM_LINES = 4;

    private final Distributions distributions;
    private final Services services;
    private final Stock stock;
    private final ItemCatalogue catalogue;
    private final Gazetteer gazetteer;
    private final MessageSource messages;

    DistributionPages(
            Distributions distributions,
            Services services,
            Stock stock,
            ItemCatalogue catalogue,
            Gazetteer gazetteer,
            MessageSource messages) {
        this.distributions = distributions;
        this.services = services;
        this.stock = stock;
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    /** A value and its label, for a picker. */
    record Option(String value, String label) {}

    /** One line of the plan form: {@code item:code} or {@code kit:code}, and the quantity as typed. */
    record LineForm(String what, String quantity) {}

    /** What the plan form holds (as typed). */
    record PlanForm(
            String name,
            String baladiya,
            String plannedOn,
            String warehouse,
            String serviceType,
            boolean perHousehold,
            List<LineForm> lines,
            String targeting,
            String programme,
            String project) {}

    @GetMapping("/assistance/distributions")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String only = status != null
                        && List.of(Distribution.PLANNED, Distribution.OPEN, Distribution.CLOSED)
                                .contains(status)
                ? status
                : null;
        PageJson<Distribution> found = distributions.list(only, new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("distributions", found);
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("status", only == null ? "" : only);
        return "assistance/distributions/list";
    }

    @GetMapping("/assistance/distributions/new")
    String newPlan(Model model) {
        List<LineForm> lines = new ArrayList<>();
        for (int i = 0; i < ITEM_LINES; i++) {
            lines.add(new LineForm("", i == 0 ? "1" : ""));
        }
        preparePlan(model);
        model.addAttribute(
                "form",
                new PlanForm("", "", LocalDate.now(MissionTime.ZONE).toString(), "", "", false, lines, "", "", ""));
        model.addAttribute("errors", Map.of());
        return "assistance/distributions/new";
    }

    @PostMapping("/assistance/distributions")
    String plan(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String baladiya,
            @RequestParam(defaultValue = "") String plannedOn,
            @RequestParam(defaultValue = "") String warehouse,
            @RequestParam(defaultValue = "") String serviceType,
            @RequestParam(defaultValue = "false") boolean perHousehold,
            @RequestParam(name = "what", required = false) @Nullable List<String> what,
            @RequestParam(name = "quantity", required = false) @Nullable List<String> quantity,
            @RequestParam(defaultValue = "") String targeting,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String project,
            Model model,
            RedirectAttributes redirect) {
        List<LineForm> lines = new ArrayList<>();
        List<DistributionItem> items = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < ITEM_LINES; i++) {
            String chosen = what != null && i < what.size() ? what.get(i) : "";
            String typed = quantity != null && i < quantity.size() ? quantity.get(i) : "";
            lines.add(new LineForm(chosen, typed));
            if (chosen.isBlank()) {
                continue;
            }
            int count = 0;
            try {
                count = Integer.parseInt(typed.strip());
            } catch (NumberFormatException notANumber) {
                errors.put("items", message("assistance.error.positive"));
            }
            items.add(
                    chosen.startsWith("kit:")
                            ? DistributionItem.of(null, chosen.substring(4), count)
                            : DistributionItem.of(chosen.replaceFirst("^item:", ""), null, count));
        }
        PlanForm form = new PlanForm(
                name, baladiya, plannedOn, warehouse, serviceType, perHousehold, lines, targeting, programme, project);
        LocalDate day = null;
        try {
            day = plannedOn.isBlank() ? null : LocalDate.parse(plannedOn.strip());
        } catch (DateTimeParseException malformed) {
            errors.put("plannedOn", message("assistance.error.date"));
        }
        SiteId store = null;
        try {
            store = warehouse.isBlank() ? null : new SiteId(UUID.fromString(warehouse.strip()));
        } catch (IllegalArgumentException notAnId) {
            errors.put("warehouse", message("assistance.error.unknown"));
        }
        if (errors.isEmpty()) {
            try {
                Distribution planned = distributions.plan(new DistributionDraft(
                        name,
                        null,
                        baladiya,
                        day,
                        store,
                        serviceType,
                        perHousehold,
                        items,
                        targeting,
                        programme.isBlank() ? null : programme,
                        project));
                redirect.addFlashAttribute("flash", "assistance.distributions.planned");
                return "redirect:/assistance/distributions/" + planned.id();
            } catch (InvalidFields refused) {
                for (InvalidFields.Field field : refused.fields()) {
                    errors.putIfAbsent(field.field().replaceAll("\\[.*", ""), message(field.code()));
                }
            }
        }
        preparePlan(model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assistance/distributions/new";
    }

    private void preparePlan(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean arabic = "ar".equals(locale.getLanguage());
        model.addAttribute(
                "baladiyaOptions",
                gazetteer.allBaladiya().stream()
                        .map((Baladiya b) -> new Option(b.pcode().value(), arabic ? b.nameAr() : b.nameEn()))
                        .toList());
        model.addAttribute(
                "warehouses",
                stock.warehouses().stream()
                        .map(w -> new Option(w.id().toString(), w.code() + " · " + (arabic ? w.nameAr() : w.nameEn())))
                        .toList());
        model.addAttribute(
                "types",
                services.types().stream()
                        .map((ServiceType t) -> new Option(t.code(), t.name(locale)))
                        .toList());
        List<Option> things = new ArrayList<>();
        catalogue.kits().stream()
                .filter(k -> k.active())
                .forEach(k -> things.add(new Option("kit:" + k.code(), arabic ? k.nameAr() : k.nameEn())));
        catalogue.items().stream()
                .filter(i -> i.active())
                .forEach(i -> things.add(new Option("item:" + i.code(), arabic ? i.nameAr() : i.nameEn())));
        model.addAttribute("things", things);
        model.addAttribute(
                "programmes",
                Arrays.stream(Programme.values())
                        .map(p -> new Option(p.name(), message("access.programme." + p.name())))
                        .toList());
    }

    @GetMapping("/assistance/distributions/{id}")
    String page(@PathVariable DistributionId id, @RequestParam(defaultValue = "0") int page, Model model) {
        Distribution distribution = distributions.get(id);
        var list = distributions.beneficiaries(id, new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("distribution", distribution);
        model.addAttribute("beneficiaries", list);
        model.addAttribute("pages", list.pageCount());
        model.addAttribute(
                "serviceName",
                services.types().stream()
                        .filter(t -> t.code().equals(distribution.serviceType()))
                        .map(t -> t.name(LocaleContextHolder.getLocale()))
                        .findFirst()
                        .orElse(distribution.serviceType()));
        model.addAttribute("arabic", "ar".equals(LocaleContextHolder.getLocale().getLanguage()));
        if (!model.containsAttribute("importErrors")) {
            model.addAttribute("importErrors", List.of());
        }
        return "assistance/distributions/page";
    }

    /** A row error of an import, as the page shows it. */
    record RowError(int row, @Nullable String column, String message) implements java.io.Serializable {}

    @PostMapping("/assistance/distributions/{id}/beneficiaries/matching")
    String addMatching(
            @PathVariable DistributionId id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String sex,
            RedirectAttributes redirect) {
        Sex chosen = "M".equals(sex) ? Sex.M : "F".equals(sex) ? Sex.F : null;
        return added(
                id,
                redirect,
                () -> distributions.addMatching(
                        id, new PersonFilter(text.isBlank() ? null : text.strip(), chosen, null, null, null, null)));
    }

    @PostMapping("/assistance/distributions/{id}/beneficiaries/from-cases")
    String addCasePeople(
            @PathVariable DistributionId id,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "false") boolean mine,
            RedirectAttributes redirect) {
        return added(
                id,
                redirect,
                () -> distributions.addCasePeople(
                        id,
                        new CaseFilter(
                                type.isBlank() ? null : type.strip(),
                                "open",
                                null,
                                null,
                                mine,
                                false,
                                null,
                                null,
                                CaseListOrder.UPDATED)));
    }

    @PostMapping("/assistance/distributions/{id}/beneficiaries/import")
    String importList(
            @PathVariable DistributionId id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "list" : file.getOriginalFilename();
        try {
            BeneficiariesAdded added = distributions.importList(id, name, content, null);
            redirect.addFlashAttribute("flash", "assistance.distributions.imported");
            redirect.addFlashAttribute("addedCount", added.added());
        } catch (BeneficiaryImportRefused refused) {
            redirect.addFlashAttribute(
                    "importErrors",
                    refused.errors().stream()
                            .map(e -> new RowError(e.row(), e.column(), message(e.code())))
                            .toList());
        } catch (BeneficiaryImportUnreadable unreadable) {
            redirect.addFlashAttribute("pageError", message("problem.assistance.import-unreadable.detail"));
        }
        return "redirect:/assistance/distributions/" + id;
    }

    private String added(
            DistributionId id, RedirectAttributes redirect, java.util.function.Supplier<BeneficiariesAdded> step) {
        try {
            BeneficiariesAdded added = step.get();
            redirect.addFlashAttribute("flash", "assistance.distributions.added");
            redirect.addFlashAttribute("addedCount", added.added());
            redirect.addFlashAttribute("skippedCount", added.skipped());
        } catch (InvalidFields refused) {
            redirect.addFlashAttribute(
                    "pageError",
                    refused.fields().isEmpty()
                            ? ""
                            : message(refused.fields().getFirst().code()));
        }
        return "redirect:/assistance/distributions/" + id;
    }

    @PostMapping("/assistance/distributions/{id}/open")
    String open(@PathVariable DistributionId id, RedirectAttributes redirect) {
        return step(id, redirect, () -> distributions.open(id), "assistance.distributions.opened");
    }

    @PostMapping("/assistance/distributions/{id}/close")
    String close(@PathVariable DistributionId id, RedirectAttributes redirect) {
        return step(id, redirect, () -> distributions.close(id), "assistance.distributions.closed");
    }

    private String step(DistributionId id, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ProblemException refused) {
            if (refused.status().value() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("pageError", message("problem." + refused.code() + ".title"));
        }
        return "redirect:/assistance/distributions/" + id;
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
