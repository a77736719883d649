package org.masar.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.masar.access.CodeTaken;
import org.masar.access.Organisation;
import org.masar.access.OrganisationDraft;
import org.masar.access.OrganisationId;
import org.masar.access.OrganisationKind;
import org.masar.access.OrganisationNotFound;
import org.masar.access.Organisations;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.shared.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAuthority('access:manage')")
class OrganisationService implements Organisations {

    private static final String SELECT =
            "SELECT id, code, kind, name_en, name_ar, active, version FROM access_organisation";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    OrganisationService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> list() {
        return jdbc.sql(SELECT + " ORDER BY active DESC, code")
                .query((row, number) -> organisation(row))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.value())
                .query((row, number) -> organisation(row))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Organisation get(OrganisationId id) {
        return find(id).orElseThrow(() -> new OrganisationNotFound(id));
    }

    @Override
    @Transactional
    public Organisation create(OrganisationDraft draft) {
        OrganisationId id = new OrganisationId(UUID.randomUUID());
        String code = code(draft);
        try {
            jdbc.sql("""
                            INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                            VALUES (:id, :code, :kind, :nameEn, :nameAr, :actor, :actor)
                            """)
                    .param("id", id.value())
                    .param("code", code)
                    .param("kind", draft.kind().name())
                    .param("nameEn", draft.nameEn().strip())
                    .param("nameAr", draft.nameAr().strip())
                    .param("actor", Actor.current().name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CodeTaken(code);
        }
        audit.record(AuditEvent.of("access.organisation.created", "organisation", id.toString())
                .with("code", code)
                .with("kind", draft.kind()));
        return get(id);
    }

    @Override
    @Transactional
    public Organisation update(OrganisationId id, OrganisationDraft draft, int version) {
        get(id);
        String code = code(draft);
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE access_organisation
                               SET code = :code, kind = :kind, name_en = :nameEn, name_ar = :nameAr,
                                   updated_at = now(), updated_by = :actor, version = version + 1
                             WHERE id = :id AND version = :version
                            """)
                    .param("code", code)
                    .param("kind", draft.kind().name())
                    .param("nameEn", draft.nameEn().strip())
                    .param("nameAr", draft.nameAr().strip())
                    .param("actor", Actor.current().name())
                    .param("id", id.value())
                    .param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CodeTaken(code);
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("access_organisation " + id + " changed");
        }
        audit.record(AuditEvent.of("access.organisation.updated", "organisation", id.toString())
                .with("code", code)
                .with("kind", draft.kind()));
        return get(id);
    }

    @Override
    @Transactional
    public Organisation setActive(OrganisationId id, boolean active) {
        get(id);
        jdbc.sql("""
                        UPDATE access_organisation SET active = :active, updated_at = now(), updated_by = :actor,
                                                       version = version + 1
                         WHERE id = :id
                        """)
                .param("active", active)
                .param("actor", Actor.current().name())
                .param("id", id.value())
                .update();
        audit.record(AuditEvent.of(
                active ? "access.organisation.activated" : "access.organisation.deactivated",
                "organisation",
                id.toString()));
        return get(id);
    }

    private static String code(OrganisationDraft draft) {
        return draft.code().strip().toUpperCase(Locale.ROOT);
    }

    private static Organisation organisation(ResultSet row) throws SQLException {
        return new Organisation(
                new OrganisationId(row.getObject("id", UUID.class)),
                row.getString("code"),
                OrganisationKind.valueOf(row.getString("kind")),
                row.getString("name_en"),
                row.getString("name_ar"),
                row.getBoolean("active"),
                row.getInt("version"));
    }
}
