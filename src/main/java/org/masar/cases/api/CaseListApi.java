package org.masar.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseListOrder;
import org.masar.cases.CaseLists;
import org.masar.people.PersonId;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of cases ({@code cases:read}): every case the caller may see within their scopes, filtered, paged. A filter
 * that does not parse (an unknown status, a malformed id, {@code assignee} other than {@code me}) is a 400 problem
 * naming the parameter.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Case management: cases of a type for a person, their stages and status")
class CaseListApi {

    private final CaseLists lists;

    CaseListApi(CaseLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @Operation(
            summary = "Cases the caller may see within their scopes (another caseworker's restricted cases are neither"
                    + " listed nor counted), filtered; last updated first unless sort=open-first")
    PageJson<CaseListJson> list(
            @Parameter(description = "a case type's code (gbv, health…)") @RequestParam(required = false) @Nullable
                    String type,
            @Parameter(description = "open, transferred, closed or merged") @RequestParam(required = false) @Nullable
                    String status,
            @Parameter(description = "a stage's code (new, assessment…)") @RequestParam(required = false) @Nullable
                    String stage,
            @Parameter(description = "an office's id") @RequestParam(required = false) @Nullable String office,
            @Parameter(description = "me: only the cases assigned to the caller")
                    @RequestParam(required = false)
                    @Nullable
                    String assignee,
            @Parameter(description = "true: only the cases of the users the caller supervises (directly or not)")
                    @RequestParam(required = false)
                    @Nullable
                    String team,
            @Parameter(description = "a person's id") @RequestParam(required = false) @Nullable String person,
            @Parameter(description = "a case number") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "updated (last updated first, the default) or open-first")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size,
            HttpServletRequest http) {
        Locale locale = Problems.locale(http);
        return lists.list(filter(type, status, stage, office, assignee, team, person, q, sort), new Paging(page, size))
                .map(item -> CaseListJson.of(item, locale));
    }

    /** The filter the parameters name; every parameter that does not parse is named in one 400 problem. */
    static CaseFilter filter(
            @Nullable String type,
            @Nullable String status,
            @Nullable String stage,
            @Nullable String office,
            @Nullable String assignee,
            @Nullable String team,
            @Nullable String person,
            @Nullable String q,
            @Nullable String sort) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        boolean mine = false;
        if (blank(assignee) != null) {
            if ("me".equals(blank(assignee))) {
                mine = true;
            } else {
                errors.add(new InvalidFields.Field("assignee", "cases-lists.validation.assignee"));
            }
        }
        boolean teamOnly = false;
        if (blank(team) != null) {
            switch (blank(team)) {
                case "true" -> teamOnly = true;
                case "false" -> teamOnly = false;
                default -> errors.add(new InvalidFields.Field("team", "cases-lists.validation.team"));
            }
        }
        CaseListOrder order = CaseListOrder.UPDATED;
        if (blank(sort) != null) {
            switch (blank(sort)) {
                case "updated" -> order = CaseListOrder.UPDATED;
                case "open-first" -> order = CaseListOrder.OPEN_FIRST;
                default -> errors.add(new InvalidFields.Field("sort", "cases-lists.validation.sort"));
            }
        }
        @Nullable UUID officeId = uuid(office, "office", errors);
        @Nullable UUID personId = uuid(person, "person", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return new CaseFilter(
                blank(type),
                blank(status),
                blank(stage),
                officeId == null ? null : new OfficeId(officeId),
                mine,
                teamOnly,
                personId == null ? null : new PersonId(personId),
                blank(q),
                order);
    }

    private static @Nullable UUID uuid(@Nullable String text, String field, List<InvalidFields.Field> errors) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException(value);
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            errors.add(new InvalidFields.Field(field, "cases-lists.validation.id"));
            return null;
        }
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
