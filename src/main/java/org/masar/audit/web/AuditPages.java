package org.masar.audit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditFilter;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.MissionTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's audit viewer: filter entries, page through them, verify the chain. */
@Controller
@RequestMapping("/audit")
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String entries(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable AuditOutcome outcome,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        AuditFilter filter = new AuditFilter(
                actor,
                action,
                outcome,
                subjectType,
                subjectId,
                from == null ? null : from.atStartOfDay(MissionTime.ZONE).toInstant(),
                // "to" is inclusive for people: everything up to the end of that day (the last day there is: no end).
                to == null || to.equals(LocalDate.MAX)
                        ? null
                        : to.plusDays(1).atStartOfDay(MissionTime.ZONE).toInstant());
        model.addAttribute("entries", audit.search(filter, page, PAGE_SIZE));
        model.addAttribute("actions", audit.actions());
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("filter", filter);
        model.addAttribute("fromDate", from);
        model.addAttribute("toDate", to);
        model.addAttribute("zone", MissionTime.ZONE.getId());
        return htmx == null ? "audit/entries" : "audit/entries :: table";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/entries :: verification";
    }
}
