package org.masar.geo.web;

import java.util.Arrays;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.masar.geo.SiteType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

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
        model.addAttribute("unit", unit);
        model.addAttribute("children", gazetteer.children(unit.pcode()));
        if (htmx) {
            return "geo/fragments :: children";
        }
        model.addAttribute("path", gazetteer.path(unit.pcode()));
        return "geo/unit";
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("siteTypes", Arrays.asList(SiteType.values()));
        model.addAttribute("levels", Arrays.asList(AdminLevel.values()));
        return "geo/map";
    }
}
