package org.masar.audit.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.masar.audit.AuditFilter;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Component;

/** The audit trail on an administrator's dashboard: refusals in the last day, the first sign of misuse. */
@Component
class AuditFigures implements DashboardFigures {

    private final AuditTrail audit;
    private final Clock clock;

    AuditFigures(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String permission() {
        return "audit:read";
    }

    @Override
    public List<Figure> figures() {
        var since = clock.instant().minus(Duration.ofDays(1));
        long denied = audit.count(new AuditFilter(null, null, AuditOutcome.DENIED, null, null, since, null));
        long failed = audit.count(new AuditFilter(null, null, AuditOutcome.FAILURE, null, null, since, null));
        return List.of(
                new Figure("audit.dashboard.denied-today", denied, "/audit?outcome=DENIED"),
                new Figure("audit.dashboard.failed-today", failed, "/audit?outcome=FAILURE"));
    }
}
