package org.masar.geo.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminUnit;
import org.masar.geo.Baladiya;
import org.masar.geo.BaladiyaNotCurrent;
import org.masar.geo.BaladiyaNotFound;
import org.masar.geo.DuplicateSiteCode;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.masar.geo.Site;
import org.masar.geo.SiteAlreadyActive;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotActive;
import org.masar.geo.SiteType;
import org.masar.geo.Sites;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sites' pages: a filterable, paginated list, the create and edit forms (post, redirect, get; errors shown on the
 * form) and deactivation. The face checks the permissions: {@code geo:read} to list, {@code geo:manage} to change.
 */
@Controller
@RequestMapping("/geo/sites")
class SitePages {

    static final int PAGE_SIZE = 25;

    private final Sites sites;
    private final Gazetteer gazetteer;
    private final java.time.Clock clock;

    SitePages(Sites sites, Gazetteer gazetteer, java.time.Clock clock) {
        this.sites = sites;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /**
     * @param status {@code active} (the default), {@code inactive} or {@code all}
     */
    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SiteType siteType = type == null || type.isBlank() ? null : SiteType.parse(type);
        PCode areaCode = PCode.parseOptional(area).orElse(null);
        Boolean active = switch (status) {
            case "inactive" -> false;
            case "all" -> null;
            default -> true;
        };
        PageJson<Site> found = sites.search(new SiteFilter(siteType, areaCode, q, active), new Paging(page, PAGE_SIZE));
        model.addAttribute("sites", found);
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("type", siteType == null ? "" : siteType.name());
        model.addAttribute("area", areaCode == null ? "" : areaCode.value());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", active == null ? "all" : active ? "active" : "inactive");
        model.addAttribute("siteTypes", Arrays.asList(SiteType.values()));
        model.addAttribute("areas", areas());
        return "geo/sites";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('geo:manage')")
    String newSite(Model model) {
        model.addAttribute("siteForm", new SiteForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("siteForm") SiteForm siteForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            sites.create(siteForm.toDetails());
        } catch (DuplicateSiteCode | BaladiyaNotFound | BaladiyaNotCurrent refused) {
            reject(errors, refused);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "geo.site.created");
        return "redirect:/geo/sites";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('geo:manage')")
    String edit(@PathVariable SiteId id, Model model) {
        Site site = sites.get(id);
        model.addAttribute("siteForm", SiteForm.of(site));
        return form(model, site);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable SiteId id,
            @Valid @ModelAttribute("siteForm") SiteForm siteForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Site site = sites.get(id);
        if (errors.hasErrors()) {
            return form(model, site);
        }
        try {
            sites.update(site.id(), siteForm.getVersion(), siteForm.toDetails());
        } catch (DuplicateSiteCode | BaladiyaNotFound | BaladiyaNotCurrent refused) {
            reject(errors, refused);
            return form(model, site);
        } catch (OptimisticLockingFailureException stale) {
            errors.reject("problem.conflict.stale.title");
            return form(model, site);
        }
        redirect.addFlashAttribute("flash", "geo.site.updated");
        return "redirect:/geo/sites";
    }

    /** A second click (or another user's click first) is refused by the face; the list then says so in an alert. */
    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable SiteId id, RedirectAttributes redirect) {
        try {
            sites.deactivate(id);
            redirect.addFlashAttribute("flash", "geo.site.deactivated");
        } catch (SiteNotActive refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/geo/sites";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable SiteId id, RedirectAttributes redirect) {
        try {
            sites.reactivate(id);
            redirect.addFlashAttribute("flash", "geo.site.reactivated");
        } catch (SiteAlreadyActive refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/geo/sites?status=inactive";
    }

    private String form(Model model, @Nullable Site site) {
        model.addAttribute("site", site);
        model.addAttribute("siteTypes", Arrays.asList(SiteType.values()));
        model.addAttribute("baladiyaByMantika", baladiyaByMantika());
        return "geo/site-form";
    }

    /** A refusal of the face shown on the field it concerns, with the problem's own title. */
    private static void reject(BindingResult errors, org.masar.shared.ProblemException refused) {
        String field = refused instanceof DuplicateSiteCode ? "code" : "baladiya";
        errors.rejectValue(field, "problem." + refused.code() + ".title");
    }

    /** Current baladiya grouped by mantika, for the picker. */
    private Map<String, List<Baladiya>> baladiyaByMantika() {
        Map<String, List<Baladiya>> groups = new LinkedHashMap<>();
        java.time.LocalDate today = MissionTime.today(clock);
        for (Baladiya baladiya : gazetteer.allBaladiya()) {
            if (baladiya.isCurrentOn(today)) {
                groups.computeIfAbsent(baladiya.mantika().value(), key -> new java.util.ArrayList<>())
                        .add(baladiya);
            }
        }
        return groups;
    }

    /** Regions, mantika and baladiya in hierarchy order, for the area filter. */
    private List<AdminUnit> areas() {
        List<AdminUnit> areas = new java.util.ArrayList<>();
        for (AdminUnit region : gazetteer.regions()) {
            areas.add(region);
            for (AdminUnit mantika : gazetteer.children(region.pcode())) {
                areas.add(mantika);
                areas.addAll(gazetteer.children(mantika.pcode()));
            }
        }
        return areas;
    }
}
