package org.masar.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEntry;
import org.masar.audit.AuditFilter;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.audit.AuditVerification;
import org.masar.shared.PageJson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over JSON: search entries (audit:read) and verify the hash chain (audit:verify). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries, newest first, filtered")
    PageJson<AuditEntry> entries(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable AuditOutcome outcome,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditFilter(actor, action, outcome, subjectType, subjectId, from, to), page, size);
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the whole chain and report the first entry that was changed, inserted or removed")
    AuditVerification verification() {
        return audit.verify();
    }
}
