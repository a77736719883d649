package org.masar.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseListItem;
import org.masar.cases.CaseListOrder;
import org.masar.cases.CaseLists;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My cases" ({@code /cases}: the cases assigned to the user, open ones first) and "My team's cases" ({@code
 * /cases/team}: those of the users they supervise), each filtered by type, status, stage and case number, each row
 * leading to the case's page. A filter the face refuses (an unknown status) is its 400 problem page.
 */
@Controller
@RequestMapping("/cases")
class CaseListPages {

    static final int PAGE_SIZE = 20;

    /** The statuses a case may have, in the order the filter offers them. */
    static final List<String> STATUSES = List.of("open", "transferred", "closed", "merged");

    private final CaseLists lists;
    private final MessageSource messages;

    CaseListPages(CaseLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping
    String mine(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(false, type, status, stage, q, page, model);
    }

    @GetMapping("/team")
    String team(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(true, type, status, stage, q, page, model);
    }

    private String list(
            boolean team,
            @Nullable String type,
            @Nullable String status,
            @Nullable String stage,
            @Nullable String q,
            int page,
            Model model) {
        CaseFilter filter = new CaseFilter(
                blank(type), blank(status), blank(stage), null, !team, team, null, blank(q), CaseListOrder.OPEN_FIRST);
        PageJson<CaseListItem> cases = lists.list(filter, new Paging(page, PAGE_SIZE));
        model.addAttribute("team", team);
        model.addAttribute("base", team ? "/cases/team" : "/cases");
        model.addAttribute("supervisor", team || lists.supervisesAnyone());
        model.addAttribute("filter", filter);
        model.addAttribute("cases", cases);
        model.addAttribute("pages", cases.pageCount());
        model.addAttribute("choices", lists.choices());
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> statuses = new LinkedHashMap<>();
        STATUSES.forEach(code -> statuses.put(code, messages.getMessage("cases-lists.status." + code, null, locale)));
        model.addAttribute("statuses", statuses);
        return "cases/lists/list";
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
