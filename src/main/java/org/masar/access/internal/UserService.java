package org.masar.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.CreatedUser;
import org.masar.access.InvalidAccountChange;
import org.masar.access.NewUser;
import org.masar.access.OfficeId;
import org.masar.access.OneTimePassword;
import org.masar.access.OrganisationId;
import org.masar.access.Programme;
import org.masar.access.Scopes;
import org.masar.access.UnknownReference;
import org.masar.access.UserAccount;
import org.masar.access.UserId;
import org.masar.access.UserNotFound;
import org.masar.access.UserProfile;
import org.masar.access.UsernameTaken;
import org.masar.access.Users;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.masar.shared.Actor;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService implements Users {

    /** The built-in role of a partner organisation's caseworkers. */
    static final String PARTNER_ROLE = "PARTNER_CASEWORKER";

    private static final String SUBJECT = "user";

    // Roles and scopes come along as arrays, so that a page of accounts is one query.
    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.organisation_id, u.office_id, u.supervisor_id,
                   u.preferred_language, u.enabled, coalesce(u.locked_until > now(), false) AS locked,
                   u.must_change_password, u.version, u.created_at, u.updated_at,
                   array(SELECT r.role_code FROM access_user_role r WHERE r.user_id = u.id ORDER BY 1) AS roles,
                   array(SELECT s.office_id FROM access_user_office_scope s WHERE s.user_id = u.id) AS office_scope,
                   array(SELECT s.pcode FROM access_user_baladiya_scope s WHERE s.user_id = u.id) AS baladiya_scope,
                   array(SELECT s.programme FROM access_user_programme_scope s WHERE s.user_id = u.id)
                       AS programme_scope
              FROM access_user u
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Gazetteer gazetteer;
    private final ApiTokenStore tokens;

    UserService(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Gazetteer gazetteer,
            ApiTokenStore tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.gazetteer = gazetteer;
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional(readOnly = true)
    public PageJson<UserAccount> list(@Nullable String search, Paging paging) {
        String pattern = search == null || search.isBlank() ? null : "%" + escapeLike(search.strip()) + "%";
        String where = " WHERE CAST(:pattern AS text) IS NULL"
                + " OR u.username ILIKE CAST(:pattern AS text) OR u.display_name ILIKE CAST(:pattern AS text)";
        long total = jdbc.sql("SELECT count(*) FROM access_user u" + where)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        List<UserAccount> items = jdbc.sql(SELECT + where + " ORDER BY u.username LIMIT :limit OFFSET :offset")
                .param("pattern", pattern)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, number) -> account(row))
                .list();
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UserId id) {
        return load(id);
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional(readOnly = true)
    public UserAccount get(UserId id) {
        return load(id).orElseThrow(() -> new UserNotFound(id));
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public CreatedUser create(NewUser user) {
        String username = user.username().strip().toLowerCase(Locale.ROOT);
        if (usernameExists(username)) {
            throw new UsernameTaken(username);
        }
        UserProfile profile = user.profile();
        UserId id = new UserId(UUID.randomUUID());
        checkReferences(id, profile);
        OneTimePassword password = OneTimePasswords.generate();
        try {
            jdbc.sql("""
                            INSERT INTO access_user (id, username, display_name, email, organisation_id, office_id,
                                                     supervisor_id, preferred_language, password_hash,
                                                     must_change_password, created_by, updated_by)
                            VALUES (:id, :username, :displayName, :email, :organisation, :office, :supervisor,
                                    :language, :hash, true, :actor, :actor)
                            """)
                    .param("id", id.value())
                    .param("username", username)
                    .params(profileParams(profile))
                    .param("hash", passwordEncoder.encode(password.value()))
                    .param("actor", Actor.current().name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTaken(username); // created by someone else between the check and the insert
        }
        writeRolesAndScopes(id, profile);
        audit.record(AuditEvent.of("access.user.created", SUBJECT, id.toString())
                .with("roles", String.join(",", new TreeSet<>(profile.roles()))));
        return new CreatedUser(load(id).orElseThrow(), password);
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public UserAccount update(UserId id, UserProfile profile, int version) {
        UserAccount before = get(id);
        checkReferences(id, profile);
        int updated = jdbc.sql("""
                        UPDATE access_user
                           SET display_name = :displayName, email = :email, organisation_id = :organisation,
                               office_id = :office, supervisor_id = :supervisor, preferred_language = :language,
                               updated_at = now(), updated_by = :actor, version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .params(profileParams(profile))
                .param("actor", Actor.current().name())
                .param("id", id.value())
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("access_user " + id + " changed since version " + version);
        }
        writeRolesAndScopes(id, profile);
        UserAccount after = load(id).orElseThrow();
        // Which parts changed, never their values: names and e-mail addresses are personal data.
        audit.record(AuditEvent.of("access.user.updated", SUBJECT, id.toString())
                .with("changed", changedParts(before, after))
                .with("roles", String.join(",", after.roles())));
        return after;
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public UserAccount disable(UserId id) {
        UserAccount account = get(id);
        if (Actor.username().map(account.username()::equalsIgnoreCase).orElse(false)) {
            throw new InvalidAccountChange("access.cannot-disable-self");
        }
        // A new stamp ends the account's open sessions at their next request, even if it is enabled again later.
        return change(id, "enabled = false, security_stamp = gen_random_uuid()", "access.user.disabled");
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public UserAccount enable(UserId id) {
        get(id);
        return change(id, "enabled = true", "access.user.enabled");
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public OneTimePassword resetPassword(UserId id) {
        get(id);
        OneTimePassword password = OneTimePasswords.generate();
        jdbc.sql("""
                        UPDATE access_user
                           SET password_hash = :hash, must_change_password = true, password_changed_at = now(),
                               security_stamp = gen_random_uuid(),
                               updated_at = now(), updated_by = :actor, version = version + 1
                         WHERE id = :id
                        """)
                .param("hash", passwordEncoder.encode(password.value()))
                .param("actor", Actor.current().name())
                .param("id", id.value())
                .update();
        // A reset answers a forgotten or stolen password: the new stamp ends every open session of the account at its
        // next request, and its tokens are revoked, so whoever held the old password keeps no way in.
        List<UUID> revoked = tokens.revokeAll(id.value(), Actor.current().name());
        for (UUID token : revoked) {
            audit.record(AuditEvent.of("access.token.revoked", "api-token", token.toString())
                    .because("password-reset"));
        }
        audit.record(AuditEvent.of("access.user.password-reset", SUBJECT, id.toString())
                .with("tokensRevoked", revoked.size()));
        return password;
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public UserAccount unlock(UserId id) {
        get(id);
        return change(id, "failed_sign_ins = 0, locked_until = NULL", "access.user.unlocked");
    }

    @Override
    @Transactional(readOnly = true)
    public Scopes scopesOf(UserId id) {
        boolean missionWide =
                jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM access_user_role ur JOIN access_role r ON r.code = ur.role_code
                                        WHERE ur.user_id = :id AND r.mission_wide)
                        """).param("id", id.value()).query(Boolean.class).single();
        Set<OfficeId> offices = jdbc
                .sql("SELECT office_id FROM access_user_office_scope WHERE user_id = :id")
                .param("id", id.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(OfficeId::new)
                .collect(Collectors.toSet());
        Set<String> baladiya =
                new HashSet<>(jdbc.sql("SELECT pcode FROM access_user_baladiya_scope WHERE user_id = :id")
                        .param("id", id.value())
                        .query(String.class)
                        .list());
        Set<Programme> programmes = jdbc
                .sql("SELECT programme FROM access_user_programme_scope WHERE user_id = :id")
                .param("id", id.value())
                .query(String.class)
                .list()
                .stream()
                .map(Programme::valueOf)
                .collect(Collectors.toSet());
        return new Scopes(missionWide, offices, baladiya, programmes);
    }

    @Override
    @Transactional(readOnly = true)
    public Scopes currentScopes() {
        return SignedIn.accountId(jdbc).map(this::scopesOf).orElseGet(Scopes::none);
    }

    private UserAccount change(UserId id, String assignments, String action) {
        // The assignments are fixed fragments chosen by the callers above, never input.
        jdbc.sql("UPDATE access_user SET " + assignments
                        + ", updated_at = now(), updated_by = :actor, version = version + 1 WHERE id = :id")
                .param("actor", Actor.current().name())
                .param("id", id.value())
                .update();
        audit.record(AuditEvent.of(action, SUBJECT, id.toString()));
        return load(id).orElseThrow();
    }

    private Optional<UserAccount> load(UserId id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id.value())
                .query((row, number) -> account(row))
                .optional();
    }

    private boolean usernameExists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE lower(username) = lower(:username))")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    private void checkReferences(UserId id, UserProfile profile) {
        for (String role : profile.roles()) {
            if (!exists("SELECT EXISTS (SELECT 1 FROM access_role WHERE code = :value)", role)) {
                throw new UnknownReference("access.unknown-role", role);
            }
        }
        if (profile.organisationId() != null
                && !exists(
                        "SELECT EXISTS (SELECT 1 FROM access_organisation WHERE id = :value)",
                        profile.organisationId().value())) {
            throw new UnknownReference(
                    "access.unknown-organisation", profile.organisationId().toString());
        }
        // A partner's caseworker is told apart from mission staff by their organisation alone (row-level security on
        // referrals shows a partner's users only what was sent to it), so an account without one would be taken for
        // mission staff: refused rather than trusted to be set later.
        if (profile.roles().contains(PARTNER_ROLE)
                && (profile.organisationId() == null
                        || !exists(
                                "SELECT EXISTS (SELECT 1 FROM access_organisation WHERE id = :value AND kind <> 'MISSION')",
                                profile.organisationId().value()))) {
            throw new InvalidAccountChange("access.partner-needs-partner-organisation");
        }
        Set<OfficeId> offices = new HashSet<>(profile.officeScope());
        if (profile.officeId() != null) {
            offices.add(profile.officeId());
        }
        for (OfficeId office : offices) {
            if (!exists("SELECT EXISTS (SELECT 1 FROM access_office WHERE id = :value)", office.value())) {
                throw new UnknownReference("access.unknown-office", office.toString());
            }
        }
        for (String pcode : profile.baladiyaScope()) {
            if (PCode.parseOptional(pcode).flatMap(gazetteer::findBaladiya).isEmpty()) {
                throw new UnknownReference("access.unknown-baladiya", pcode);
            }
        }
        UserId supervisor = profile.supervisorId();
        if (supervisor != null) {
            if (supervisor.equals(id)) {
                throw new InvalidAccountChange("access.supervisor-loop");
            }
            if (!exists("SELECT EXISTS (SELECT 1 FROM access_user WHERE id = :value)", supervisor.value())) {
                throw new UnknownReference("access.unknown-supervisor", supervisor.toString());
            }
            // The new supervisor must not be supervised, directly or not, by this account.
            boolean loop = jdbc.sql("""
                            WITH RECURSIVE chain (id) AS (
                                SELECT CAST(:supervisor AS uuid)
                                UNION
                                SELECT u.supervisor_id FROM chain c JOIN access_user u ON u.id = c.id
                                 WHERE u.supervisor_id IS NOT NULL
                            )
                            SELECT EXISTS (SELECT 1 FROM chain WHERE id = :id)
                            """)
                    .param("supervisor", supervisor.value())
                    .param("id", id.value())
                    .query(Boolean.class)
                    .single();
            if (loop) {
                throw new InvalidAccountChange("access.supervisor-loop");
            }
        }
    }

    private boolean exists(String sql, Object value) {
        return jdbc.sql(sql).param("value", value).query(Boolean.class).single();
    }

    private void writeRolesAndScopes(UserId id, UserProfile profile) {
        UUID user = id.value();
        jdbc.sql("DELETE FROM access_user_role WHERE user_id = :id")
                .param("id", user)
                .update();
        jdbc.sql("DELETE FROM access_user_office_scope WHERE user_id = :id")
                .param("id", user)
                .update();
        jdbc.sql("DELETE FROM access_user_baladiya_scope WHERE user_id = :id")
                .param("id", user)
                .update();
        jdbc.sql("DELETE FROM access_user_programme_scope WHERE user_id = :id")
                .param("id", user)
                .update();
        for (String role : profile.roles()) {
            jdbc.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, :role)")
                    .param("id", user)
                    .param("role", role)
                    .update();
        }
        for (OfficeId office : profile.officeScope()) {
            jdbc.sql("INSERT INTO access_user_office_scope (user_id, office_id) VALUES (:id, :office)")
                    .param("id", user)
                    .param("office", office.value())
                    .update();
        }
        for (String pcode : profile.baladiyaScope()) {
            jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                    .param("id", user)
                    .param("pcode", pcode)
                    .update();
        }
        for (Programme programme : profile.programmeScope()) {
            jdbc.sql("INSERT INTO access_user_programme_scope (user_id, programme) VALUES (:id, :programme)")
                    .param("id", user)
                    .param("programme", programme.name())
                    .update();
        }
    }

    private static java.util.Map<String, @Nullable Object> profileParams(UserProfile profile) {
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("displayName", profile.displayName().strip());
        params.put(
                "email",
                profile.email() == null || profile.email().isBlank()
                        ? null
                        : profile.email().strip());
        params.put(
                "organisation",
                profile.organisationId() == null
                        ? null
                        : profile.organisationId().value());
        params.put(
                "office", profile.officeId() == null ? null : profile.officeId().value());
        params.put(
                "supervisor",
                profile.supervisorId() == null ? null : profile.supervisorId().value());
        params.put("language", profile.preferredLanguage());
        return params;
    }

    private static String changedParts(UserAccount before, UserAccount after) {
        List<String> changed = new java.util.ArrayList<>();
        if (!before.displayName().equals(after.displayName())) changed.add("displayName");
        if (!java.util.Objects.equals(before.email(), after.email())) changed.add("email");
        if (!java.util.Objects.equals(before.organisationId(), after.organisationId())) changed.add("organisation");
        if (!java.util.Objects.equals(before.officeId(), after.officeId())) changed.add("office");
        if (!java.util.Objects.equals(before.supervisorId(), after.supervisorId())) changed.add("supervisor");
        if (!before.preferredLanguage().equals(after.preferredLanguage())) changed.add("preferredLanguage");
        if (!before.roles().equals(after.roles())) changed.add("roles");
        if (!before.officeScope().equals(after.officeScope())
                || !before.baladiyaScope().equals(after.baladiyaScope())
                || !before.programmeScope().equals(after.programmeScope())) {
            changed.add("scopes");
        }
        return String.join(",", changed);
    }

    private static UserAccount account(ResultSet row) throws SQLException {
        return new UserAccount(
                new UserId(row.getObject("id", UUID.class)),
                row.getString("username"),
                row.getString("display_name"),
                row.getString("email"),
                nullable(row.getObject("organisation_id", UUID.class), OrganisationId::new),
                nullable(row.getObject("office_id", UUID.class), OfficeId::new),
                nullable(row.getObject("supervisor_id", UUID.class), UserId::new),
                row.getString("preferred_language"),
                row.getBoolean("enabled"),
                row.getBoolean("locked"),
                row.getBoolean("must_change_password"),
                Arrays.asList(strings(row.getArray("roles"))),
                Arrays.stream(uuids(row.getArray("office_scope")))
                        .map(OfficeId::new)
                        .collect(Collectors.toSet()),
                Set.of(strings(row.getArray("baladiya_scope"))),
                Arrays.stream(strings(row.getArray("programme_scope")))
                        .map(Programme::valueOf)
                        .collect(Collectors.toSet()),
                row.getInt("version"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }

    private static <T> @Nullable T nullable(@Nullable UUID value, java.util.function.Function<UUID, T> wrap) {
        return value == null ? null : wrap.apply(value);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static UUID[] uuids(Array array) throws SQLException {
        return (UUID[]) array.getArray();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
