package org.masar.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.BilingualName;
import org.masar.access.CurrentUser;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.Scopes;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.access.Users;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseListChoices;
import org.masar.cases.CaseListItem;
import org.masar.cases.CaseLists;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonLabel;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cases: checks the filter, limits it to the user's scopes (row-level security does the restricted rule),
 * reads one page, names its persons, assignees and offices in one query each, and audits the restricted cases shown.
 */
@Service
class CaseListService implements CaseLists {

    static final Set<String> STATUSES = Set.of("open", "transferred", "closed", "merged");

    /** The record type the migration registered the case table under (the same as the face's guard uses). */
    private static final String RECORD_TYPE = "cases.case";

    /** A case number is short; anything longer is no case number. */
    static final int MAX_NUMBER = 40;

    private final CaseListQueries queries;
    private final People people;
    private final Users users;
    private final Directory directory;
    private final AuditTrail audit;

    CaseListService(CaseListQueries queries, People people, Users users, Directory directory, AuditTrail audit) {
        this.queries = queries;
        this.people = people;
        this.users = users;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional
    public PageJson<CaseListItem> list(CaseFilter filter, Paging paging) {
        check(filter);
        CaseListQueries.@Nullable Where where = where(filter);
        if (where == null) {
            return paging.page(List.of(), 0);
        }
        CaseListQueries.Page page = queries.page(where, filter.order(), paging.limit(), paging.offset());
        List<CaseListQueries.Row> rows = page.rows();
        // The page counts what the filter matches as it reads; only a page past the end counts again.
        long total = page.total() != null ? page.total() : paging.page() == 0 ? 0 : queries.count(where);
        Map<PersonId, PersonLabel> labels =
                people.labels(rows.stream().map(CaseListQueries.Row::person).toList());
        Map<UserId, String> assignees = directory.userNames(rows.stream()
                .map(CaseListQueries.Row::assignedTo)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        Map<OfficeId, BilingualName> offices = directory.officeNames(
                rows.stream().map(CaseListQueries.Row::office).distinct().toList());
        List<AuditEvent> restrictedShown = new ArrayList<>();
        List<CaseListItem> items = new ArrayList<>(rows.size());
        for (CaseListQueries.Row row : rows) {
            PersonLabel label = labels.getOrDefault(row.person(), PersonLabel.unknown());
            items.add(new CaseListItem(
                    row.id(),
                    row.caseNumber(),
                    row.type(),
                    row.typeName(),
                    row.person(),
                    label.arabic(),
                    label.latin(),
                    label.registrationNumber(),
                    row.status(),
                    row.stage(),
                    row.stageName(),
                    row.assignedTo(),
                    row.assignedTo() == null ? null : assignees.get(row.assignedTo()),
                    row.office(),
                    offices.get(row.office()),
                    row.sensitivity(),
                    row.updatedAt(),
                    row.openFlags()));
            if (row.sensitivity() == Sensitivity.RESTRICTED) {
                restrictedShown.add(
                        AuditEvent.of("cases.case.listed", RECORD_TYPE, row.id().toString())
                                .with("list", filter.team() ? "team" : filter.assignedToMe() ? "mine" : "search"));
            }
        }
        if (!restrictedShown.isEmpty()) {
            audit.recordAll(restrictedShown);
        }
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        check(filter);
        CaseListQueries.@Nullable Where where = where(filter);
        return where == null ? 0 : queries.count(where);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public CaseListChoices choices() {
        return new CaseListChoices(queries.types(), queries.stages());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean supervisesAnyone() {
        return CurrentUser.find()
                .map(user -> queries.supervisesAnyone(user.id().value()))
                .orElse(false);
    }

    /** The filter within the user's scopes; null when it can match nothing (no user, or nobody in their team). */
    private CaseListQueries.@Nullable Where where(CaseFilter filter) {
        @Nullable UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        if (me == null && (filter.assignedToMe() || filter.team())) {
            return null;
        }
        List<UUID> team = filter.team() && me != null ? queries.team(me) : List.of();
        if (filter.team() && team.isEmpty()) {
            return null;
        }
        Scopes scopes = users.currentScopes();
        return queries.where(filter, scopes, me, team);
    }

    private void check(CaseFilter filter) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            errors.add(new InvalidFields.Field("status", "cases-lists.validation.unknown-status"));
        }
        if (filter.type() != null && !queries.typeExists(filter.type())) {
            errors.add(new InvalidFields.Field("type", "cases-lists.validation.unknown-type"));
        }
        if (filter.stage() != null && !queries.stageExists(filter.stage())) {
            errors.add(new InvalidFields.Field("stage", "cases-lists.validation.unknown-stage"));
        }
        if (filter.number() != null && filter.number().length() > MAX_NUMBER) {
            errors.add(new InvalidFields.Field("q", "cases-lists.validation.number-too-long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }
}
