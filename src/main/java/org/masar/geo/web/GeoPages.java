package org.masar.geo.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.AdminUnitNotFound;
import org.masar.geo.DuplicatePCode;
import org.masar.geo.Gazetteer;
import org.masar.geo.InvalidPCode;
import org.masar.geo.InvalidValidity;
import org.masar.geo.PCode;
import org.masar.geo.SiteType;
import org.masar.geo.UnitDateOutOfRange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hierarchy browser (regions → mantika → baladiya → muhalla, expanded with htmx, or unit by unit without script)
 * and the map page. The gazetteer is reference data any signed-in colleague with {@code geo:read} may browse.
 */
@Controller
@RequestMapping("/geo")
@PreAuthorize("hasAuthority('geo:read')")
class GeoPages {

    private final Gazetteer gazetteer;

    GeoPages(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping
    String hierarchy(Model model) {
        model.addAttribute("regions", gazetteer.regions());
        return "geo/hierarchy";
    }

    /** One unit: its children as an htmx fragment when expanded in the browser, else a page with its breadcrumb. */
    @GetMapping("/units/{pcode}")
    String unit(
            @PathVariable String pcode,
            @RequestHeader(name = "HX-Request", required = false) boolean htmx,
            Model model) {
        AdminUnit unit = gazetteer.get(PCode.parse(pcode));
        if (htmx) {
            model.addAttribute("unit", unit);
            model.addAttribute("children", gazetteer.children(unit.pcode()));
            return "geo/fragments :: children";
        }
        model.addAttribute("unitForm", new UnitForm());
        return unitPage(unit, model);
    }

    private String unitPage(AdminUnit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("children", gazetteer.children(unit.pcode()));
        model.addAttribute("path", gazetteer.path(unit.pcode()));
        return "geo/unit";
    }

    /** Adds a unit of OCHA's current table below this one; the face checks {@code geo:manage}. */
    @PostMapping("/units/{pcode}/children")
    String addUnit(
            @PathVariable String pcode,
            @Valid @ModelAttribute("unitForm") UnitForm unitForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AdminUnit parent = gazetteer.get(PCode.parse(pcode));
        if (!errors.hasErrors()) {
            try {
                AdminUnit added = gazetteer.addUnit(unitForm.toUnit());
                redirect.addFlashAttribute("flash", "geo.unit.added");
                return "redirect:/geo/units/" + added.pcode().value();
            } catch (InvalidPCode | DuplicatePCode | InvalidValidity | UnitDateOutOfRange | AdminUnitNotFound refused) {
                // Shown on the form, next to what the user typed, rather than on an error page.
                model.addAttribute("problemCode", refused.code());
            }
        }
        return unitPage(parent, model);
    }

    /** Takes a unit out of OCHA's current table from a day on; it stays for the records that point to it. */
    @PostMapping("/units/{pcode}/retire")
    String retireUnit(
            @PathVariable String pcode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            RedirectAttributes redirect) {
        if (validTo == null) {
            redirect.addFlashAttribute("problemCode", "geo.unit-validity-invalid");
        } else {
            try {
                gazetteer.retireUnit(PCode.parse(pcode), validTo);
                redirect.addFlashAttribute("flash", "geo.unit.retired");
            } catch (InvalidValidity | UnitDateOutOfRange refused) {
                redirect.addFlashAttribute("problemCode", refused.code());
            }
        }
        return "redirect:/geo/units/" + PCode.parse(pcode).value();
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("siteTypes", Arrays.asList(SiteType.values()));
        model.addAttribute("levels", Arrays.asList(AdminLevel.values()));
        return "geo/map";
    }
}
