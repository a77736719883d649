package org.masar.dtm.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.internal.DashboardReadings;
import org.masar.dtm.internal.DashboardUnits;
import org.masar.shared.MissionTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The DTM dashboard ({@code /dtm}): the national figures of the latest published round with the change from the
 * previous one, the map of Libya coloured by baladiya or muhalla for the figure picked on the page, the trend charts
 * across rounds and the HXL exports of the latest round. The figures are rendered here; the map and the charts are
 * drawn in the browser from {@code /api/v1/dtm/dashboard…}, with no internet needed.
 */
@Controller
@PreAuthorize("hasAuthority('dtm:read')")
class DashboardPage {

    private final DashboardReadings readings;
    private final DashboardUnits units;

    DashboardPage(DashboardReadings readings, DashboardUnits units) {
        this.readings = readings;
        this.units = units;
    }

    /** A national figure's card: its label's message key and the figures. */
    record NationalCard(
            String key,
            String labelKey,
            @Nullable Long value,
            @Nullable Long change,
            @Nullable Double changePercent) {}

    @GetMapping("/dtm")
    String dashboard(Model model) {
        DashboardReadings.Headline headline = readings.headline();
        model.addAttribute("headline", headline);
        model.addAttribute(
                "national",
                headline.figures().stream()
                        .map(figure -> new NationalCard(
                                figure.key(),
                                "dtm.dashboard.figure."
                                        + figure.key().substring(0, figure.key().indexOf('.')),
                                figure.value(),
                                figure.change(),
                                figure.changePercent()))
                        .toList());
        if (headline.round() != null) {
            model.addAttribute(
                    "publishedOn",
                    headline.round()
                            .publishedAt()
                            .atZone(MissionTime.ZONE)
                            .toLocalDate()
                            .toString());
        }
        List<DashboardUnits.Unit> schematic = units.baladiya().stream()
                .filter(unit -> units.seat(unit.pcode()).isEmpty())
                .toList();
        model.addAttribute("schematic", schematic);
        model.addAttribute("seats", units.baladiya().size() - schematic.size());
        return "dtm/dashboard";
    }
}
