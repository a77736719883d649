package org.masar.cases.internal;

import java.util.UUID;
import org.masar.access.OfficeId;
import org.masar.access.RecordRef;
import org.masar.access.RestrictedRecords;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNotFound;
import org.masar.cases.CaseSummary;
import org.masar.cases.Cases;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know of a case: the restricted-record rule first, then the few columns they need. */
@Service
class CaseReads implements Cases {

    /** The record type the migration registered the case table under. */
    static final String RECORD_TYPE = "cases.case";

    private final JdbcClient jdbc;
    private final RestrictedRecords restricted;

    CaseReads(JdbcClient jdbc, RestrictedRecords restricted) {
        this.jdbc = jdbc;
        this.restricted = restricted;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public CaseSummary summary(CaseId id) {
        restricted.checkRead(new RecordRef(RECORD_TYPE, id.value()));
        return jdbc.sql("""
                        SELECT id, case_number, case_type, person_id, household_id, office_id, assigned_to,
                               sensitivity, status
                          FROM cases_case WHERE id = :id
                        """)
                .param("id", id.value())
                .query((row, n) -> new CaseSummary(
                        new CaseId(row.getObject("id", UUID.class)),
                        row.getString("case_number"),
                        row.getString("case_type"),
                        new PersonId(row.getObject("person_id", UUID.class)),
                        row.getObject("household_id", UUID.class) == null
                                ? null
                                : new HouseholdId(row.getObject("household_id", UUID.class)),
                        new OfficeId(row.getObject("office_id", UUID.class)),
                        row.getObject("assigned_to", UUID.class) == null
                                ? null
                                : new UserId(row.getObject("assigned_to", UUID.class)),
                        Sensitivity.valueOf(row.getString("sensitivity")),
                        row.getString("status")))
                .optional()
                .orElseThrow(() -> new CaseNotFound(id));
    }
}
