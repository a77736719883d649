package org.masar.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseId;
import org.masar.cases.CaseSummary;
import org.masar.cases.NewServicePlanItem;
import org.masar.cases.ServicePlanItem;
import org.masar.cases.ServicePlanItemId;
import org.masar.cases.ServicePlanItemNotFound;
import org.masar.cases.ServicePlanItemNotPlanned;
import org.masar.cases.ServicePlanService;
import org.masar.cases.ServicePlanStatus;
import org.masar.cases.ServicePlans;
import org.masar.shared.InvalidFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's service plan. Each step is one guarded UPDATE of a planned item; a delivery puts an entry on the person's
 * timeline (seen with the case type's timeline permission).
 */
@Service
class ServicePlanItems implements ServicePlans {

    static final String SUBJECT = "service-plan-item";
    static final int LONGEST_DETAILS = 500;
    static final int LONGEST_REASON = 1000;
    private static final Pattern RECORD_TYPE = Pattern.compile("^[a-z]+\\.[a-z][a-z0-9-]*$");

    private static final String SELECT = """
            SELECT id, case_id, service, details, status, planned_at, planned_by, delivered_at, delivered_by,
                   delivered_by_type, delivered_by_id, cancelled_at, cancelled_by, cancel_reason
              FROM cases_service_plan_item
            """;

    private final JdbcClient jdbc;
    private final CaseWorkGuard guard;
    private final SystemIdentity system;

    ServicePlanItems(JdbcClient jdbc, CaseWorkGuard guard, SystemIdentity system) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.system = system;
    }

    @Override
    @Transactional
    public void recordDelivery(CaseId caseId, ServicePlanItemId item, String deliveredByType, UUID deliveredById) {
        if (!RECORD_TYPE.matcher(deliveredByType).matches() || ServicePlans.MANUAL.equals(deliveredByType)) {
            throw new IllegalArgumentException("A delivery names its record as module.kind: " + deliveredByType);
        }
        system.run("cases.service-plan.delivery", () -> {
            CaseSummary summary = guard.stored(caseId);
            deliver(summary, item, deliveredByType, deliveredById);
        });
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public List<ServicePlanItem> ofCase(CaseId caseId) {
        guard.readable(caseId);
        return jdbc.sql(SELECT + " WHERE case_id = :case ORDER BY planned_at, id")
                .param("case", caseId.value())
                .query((row, n) -> item(row))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public ServicePlanItem plan(CaseId caseId, NewServicePlanItem item) {
        CaseSummary summary = guard.writable(caseId);
        @Nullable
        String details = item.details() == null || item.details().isBlank()
                ? null
                : item.details().strip();
        if (details != null && details.length() > LONGEST_DETAILS) {
            throw new InvalidFields(List.of(new InvalidFields.Field("details", "cases-work.invalid.details")));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO cases_service_plan_item (id, case_id, service, details, status, planned_at,
                                                             planned_by, version)
                        VALUES (:id, :case, :service, :details, 'planned', :now, :by, 0)
                        """)
                .param("id", id)
                .param("case", caseId.value())
                .param("service", item.service().name())
                .param("details", details)
                .param("now", guard.timestamp(guard.now()))
                .param("by", guard.actor())
                .update();
        guard.audit(
                "cases.service-plan.planned",
                SUBJECT,
                id,
                summary.id(),
                Map.of("service", item.service().name()));
        return load(caseId, new ServicePlanItemId(id));
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public ServicePlanItem cancel(CaseId caseId, ServicePlanItemId item, String reason) {
        guard.writable(caseId);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > LONGEST_REASON) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", "cases-work.invalid.reason")));
        }
        int updated = jdbc.sql("""
                        UPDATE cases_service_plan_item
                           SET status = 'cancelled', cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason,
                               version = version + 1
                         WHERE id = :id AND case_id = :case AND status = 'planned'
                        """)
                .param("now", guard.timestamp(guard.now()))
                .param("by", guard.actor())
                .param("reason", why)
                .param("id", item.value())
                .param("case", caseId.value())
                .update();
        if (updated == 0) {
            throw new ServicePlanItemNotPlanned(item, load(caseId, item).status());
        }
        guard.audit("cases.service-plan.cancelled", SUBJECT, item.value(), caseId, Map.of());
        return load(caseId, item);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public ServicePlanItem markDelivered(CaseId caseId, ServicePlanItemId item) {
        CaseSummary summary = guard.writable(caseId);
        ServicePlanItem stored = load(caseId, item);
        if (stored.status() != ServicePlanStatus.PLANNED) {
            throw new ServicePlanItemNotPlanned(item, stored.status());
        }
        deliver(summary, item, ServicePlans.MANUAL, null);
        return load(caseId, item);
    }

    /** Planned → delivered, once; an item already delivered is left as it is (a redelivered event changes nothing). */
    private void deliver(
            CaseSummary summary, ServicePlanItemId item, String deliveredByType, @Nullable UUID deliveredById) {
        Instant now = guard.now();
        int updated = jdbc.sql("""
                        UPDATE cases_service_plan_item
                           SET status = 'delivered', delivered_at = :now, delivered_by = :by,
                               delivered_by_type = :type, delivered_by_id = :record, version = version + 1
                         WHERE id = :id AND case_id = :case AND status = 'planned'
                        """)
                .param("now", Timestamp.from(now))
                .param("by", guard.actor())
                .param("type", deliveredByType)
                .param("record", deliveredById)
                .param("id", item.value())
                .param("case", summary.id().value())
                .update();
        if (updated == 0) {
            ServicePlanItem stored = load(summary.id(), item);
            if (stored.status() == ServicePlanStatus.DELIVERED) {
                return;
            }
            throw new ServicePlanItemNotPlanned(item, stored.status());
        }
        guard.audit(
                "cases.service-plan.delivered",
                SUBJECT,
                item.value(),
                summary.id(),
                deliveredById == null
                        ? Map.of("deliveredByType", deliveredByType)
                        : Map.of("deliveredByType", deliveredByType, "deliveredById", deliveredById.toString()));
        guard.onTimeline(summary, "service-plan.delivered", item.value(), now);
    }

    private ServicePlanItem load(CaseId caseId, ServicePlanItemId item) {
        return find(caseId, item).orElseThrow(() -> new ServicePlanItemNotFound(item));
    }

    private Optional<ServicePlanItem> find(CaseId caseId, ServicePlanItemId item) {
        return jdbc.sql(SELECT + " WHERE id = :id AND case_id = :case")
                .param("id", item.value())
                .param("case", caseId.value())
                .query((row, n) -> item(row))
                .optional();
    }

    private static ServicePlanItem item(ResultSet row) throws SQLException {
        return new ServicePlanItem(
                new ServicePlanItemId(row.getObject("id", UUID.class)),
                new CaseId(row.getObject("case_id", UUID.class)),
                ServicePlanService.valueOf(row.getString("service")),
                row.getString("details"),
                ServicePlanStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                instant(row, "planned_at"),
                row.getString("planned_by"),
                instantOrNull(row, "delivered_at"),
                row.getString("delivered_by"),
                row.getString("delivered_by_type"),
                row.getObject("delivered_by_id", UUID.class),
                instantOrNull(row, "cancelled_at"),
                row.getString("cancelled_by"),
                row.getString("cancel_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
