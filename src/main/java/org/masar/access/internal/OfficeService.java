package org.masar.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CodeTaken;
import org.masar.access.Office;
import org.masar.access.OfficeDraft;
import org.masar.access.OfficeId;
import org.masar.access.OfficeNotFound;
import org.masar.access.Offices;
import org.masar.access.OrganisationId;
import org.masar.access.UnknownReference;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.masar.shared.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAuthority('access:manage')")
class OfficeService implements Offices {

    private static final String SELECT = """
            SELECT id, organisation_id, code, name_en, name_ar, baladiya_pcode, active, version FROM access_office
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Gazetteer gazetteer;

    OfficeService(JdbcClient jdbc, AuditTrail audit, Gazetteer gazetteer) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.gazetteer = gazetteer;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Office> list() {
        return jdbc.sql(SELECT + " ORDER BY active DESC, code")
                .query((row, number) -> office(row))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Office> find(OfficeId id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.value())
                .query((row, number) -> office(row))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Office get(OfficeId id) {
        return find(id).orElseThrow(() -> new OfficeNotFound(id));
    }

    @Override
    @Transactional
    public Office create(OfficeDraft draft) {
        checkOrganisation(draft.organisationId());
        OfficeId id = new OfficeId(UUID.randomUUID());
        String code = code(draft);
        try {
            jdbc.sql("""
                            INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, baladiya_pcode,
                                                       created_by, updated_by)
                            VALUES (:id, :organisation, :code, :nameEn, :nameAr, :pcode, :actor, :actor)
                            """)
                    .param("id", id.value())
                    .param("organisation", draft.organisationId().value())
                    .param("code", code)
                    .param("nameEn", draft.nameEn().strip())
                    .param("nameAr", draft.nameAr().strip())
                    .param("pcode", pcode(draft))
                    .param("actor", Actor.current().name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CodeTaken(code);
        }
        audit.record(
                AuditEvent.of("access.office.created", "office", id.toString()).with("code", code));
        return get(id);
    }

    @Override
    @Transactional
    public Office update(OfficeId id, OfficeDraft draft, int version) {
        get(id);
        checkOrganisation(draft.organisationId());
        String code = code(draft);
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE access_office
                               SET organisation_id = :organisation, code = :code, name_en = :nameEn,
                                   name_ar = :nameAr, baladiya_pcode = :pcode, updated_at = now(),
                                   updated_by = :actor, version = version + 1
                             WHERE id = :id AND version = :version
                            """)
                    .param("organisation", draft.organisationId().value())
                    .param("code", code)
                    .param("nameEn", draft.nameEn().strip())
                    .param("nameAr", draft.nameAr().strip())
                    .param("pcode", pcode(draft))
                    .param("actor", Actor.current().name())
                    .param("id", id.value())
                    .param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CodeTaken(code);
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("access_office " + id + " changed");
        }
        audit.record(
                AuditEvent.of("access.office.updated", "office", id.toString()).with("code", code));
        return get(id);
    }

    @Override
    @Transactional
    public Office setActive(OfficeId id, boolean active) {
        get(id);
        jdbc.sql("""
                        UPDATE access_office SET active = :active, updated_at = now(), updated_by = :actor,
                                                 version = version + 1
                         WHERE id = :id
                        """)
                .param("active", active)
                .param("actor", Actor.current().name())
                .param("id", id.value())
                .update();
        audit.record(AuditEvent.of(
                active ? "access.office.activated" : "access.office.deactivated", "office", id.toString()));
        return get(id);
    }

    private void checkOrganisation(OrganisationId organisation) {
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_organisation WHERE id = :id)")
                .param("id", organisation.value())
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new UnknownReference("access.unknown-organisation", organisation.toString());
        }
    }

    private static String code(OfficeDraft draft) {
        return draft.code().strip().toUpperCase(Locale.ROOT);
    }

    private @Nullable String pcode(OfficeDraft draft) {
        String pcode = draft.baladiyaPcode();
        if (pcode == null || pcode.isBlank()) {
            return null;
        }
        // An office sits in a baladiya of the gazetteer, not in any string shaped like a P-code.
        if (PCode.parseOptional(pcode.strip()).flatMap(gazetteer::findBaladiya).isEmpty()) {
            throw new UnknownReference("access.unknown-baladiya", pcode.strip());
        }
        return pcode.strip();
    }

    private static Office office(ResultSet row) throws SQLException {
        return new Office(
                new OfficeId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                row.getString("code"),
                row.getString("name_en"),
                row.getString("name_ar"),
                row.getString("baladiya_pcode"),
                row.getBoolean("active"),
                row.getInt("version"));
    }
}
