package org.masar.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.masar.access.BuiltInRoleLocked;
import org.masar.access.Role;
import org.masar.access.RoleCodeTaken;
import org.masar.access.RoleDraft;
import org.masar.access.RoleNotFound;
import org.masar.access.Roles;
import org.masar.access.UnknownReference;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAuthority('access:manage')")
class RoleService implements Roles {

    private static final String SELECT = """
            SELECT r.code, r.built_in, r.mission_wide, r.name_en, r.name_ar, r.version,
                   array(SELECT p.permission FROM access_role_permission p WHERE p.role_code = r.code ORDER BY 1)
                       AS permissions,
                   (SELECT count(*) FROM access_user_role ur WHERE ur.role_code = r.code) AS holders
              FROM access_role r
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RoleService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Role> list() {
        return jdbc.sql(SELECT + " ORDER BY r.built_in DESC, r.code")
                .query((row, number) -> role(row))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Role> find(String code) {
        return jdbc.sql(SELECT + " WHERE r.code = :code")
                .param("code", code)
                .query((row, number) -> role(row))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Role get(String code) {
        return find(code).orElseThrow(() -> new RoleNotFound(code));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> permissionCatalogue() {
        return jdbc.sql("SELECT code FROM access_permission ORDER BY code")
                .query(String.class)
                .list();
    }

    @Override
    @Transactional
    public Role create(String code, RoleDraft draft) {
        if (find(code).isPresent()) {
            throw new RoleCodeTaken(code);
        }
        checkPermissions(draft);
        try {
            jdbc.sql("""
                            INSERT INTO access_role (code, built_in, mission_wide, name_en, name_ar)
                            VALUES (:code, false, :missionWide, :nameEn, :nameAr)
                            """)
                    .param("code", code)
                    .param("missionWide", draft.missionWide())
                    .param("nameEn", draft.nameEn().strip())
                    .param("nameAr", draft.nameAr().strip())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RoleCodeTaken(code);
        }
        writePermissions(code, draft);
        audit.record(AuditEvent.of("access.role.created", "role", code)
                .with("permissions", String.join(",", new TreeSet<>(draft.permissions())))
                .with("missionWide", draft.missionWide()));
        return get(code);
    }

    @Override
    @Transactional
    public Role update(String code, RoleDraft draft, int version) {
        Role role = get(code);
        if (role.builtIn()) {
            throw new BuiltInRoleLocked(code);
        }
        checkPermissions(draft);
        int updated = jdbc.sql("""
                        UPDATE access_role SET mission_wide = :missionWide, name_en = :nameEn, name_ar = :nameAr,
                                               version = version + 1
                         WHERE code = :code AND version = :version
                        """)
                .param("missionWide", draft.missionWide())
                .param("nameEn", draft.nameEn().strip())
                .param("nameAr", draft.nameAr().strip())
                .param("code", code)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("access_role " + code + " changed since version " + version);
        }
        jdbc.sql("DELETE FROM access_role_permission WHERE role_code = :code")
                .param("code", code)
                .update();
        writePermissions(code, draft);
        audit.record(AuditEvent.of("access.role.updated", "role", code)
                .with("permissions", String.join(",", new TreeSet<>(draft.permissions())))
                .with("missionWide", draft.missionWide()));
        return get(code);
    }

    private void checkPermissions(RoleDraft draft) {
        List<String> catalogue = permissionCatalogue();
        for (String permission : draft.permissions()) {
            if (!catalogue.contains(permission)) {
                throw new UnknownReference("access.unknown-permission", permission);
            }
        }
    }

    private void writePermissions(String code, RoleDraft draft) {
        for (String permission : new TreeSet<>(draft.permissions())) {
            jdbc.sql("INSERT INTO access_role_permission (role_code, permission) VALUES (:code, :permission)")
                    .param("code", code)
                    .param("permission", permission)
                    .update();
        }
    }

    private static Role role(ResultSet row) throws SQLException {
        return new Role(
                row.getString("code"),
                row.getBoolean("built_in"),
                row.getBoolean("mission_wide"),
                row.getString("name_en"),
                row.getString("name_ar"),
                Arrays.asList((String[]) row.getArray("permissions").getArray()),
                row.getLong("holders"),
                row.getInt("version"));
    }
}
