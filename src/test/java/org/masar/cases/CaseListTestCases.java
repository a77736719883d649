package org.masar.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.masar.access.SystemIdentity;
import org.masar.access.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases, persons, offices and users for the lists' tests, written straight into the database: cases are inserted under
 * {@link SystemIdentity#run} (row-level security lets only an identity it knows write a case), as the application role.
 *
 * <p>Written while the API that opens cases was built in parallel: once it is merged, {@link #open} can go through it
 * (and the persons through the people API) without the tests that use this class changing.
 */
public final class CaseListTestCases {

    public static final String PASSWORD = "caseworkers keep their lists tidy 42";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SystemIdentity system;
    private final TestAccounts accounts;
    private final MockMvcTester mvc;
    private @Nullable UUID organisation;

    public CaseListTestCases(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            SystemIdentity system,
            PasswordEncoder encoder,
            MockMvcTester mvc) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.system = system;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
        this.mvc = mvc;
    }

    /** A signed-in account and its id. */
    public record User(UUID id, String username, Cookie session) {}

    /** Where a user may work: offices, baladiya P-codes and programmes (empty: none listed). */
    public record Scope(UUID[] offices, String[] baladiya, String[] programmes) {

        public static Scope of(UUID... offices) {
            return new Scope(offices, new String[0], new String[] {"MRRM", "PROTECTION", "HEALTH", "MHPSS", "VHR"});
        }

        public Scope programmes(String... only) {
            return new Scope(offices, baladiya, only);
        }

        public Scope baladiya(String... only) {
            return new Scope(offices, only, programmes);
        }
    }

    /** An account with a role and scopes, supervised by {@code supervisor} (or nobody), signed in. */
    public User user(String role, Scope scope, @Nullable User supervisor) {
        String username =
                TestAccounts.unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        UUID id = accounts.create(username, PASSWORD, role);
        if (supervisor != null) {
            jdbc.sql("UPDATE access_user SET supervisor_id = :supervisor WHERE id = :id")
                    .param("supervisor", supervisor.id())
                    .param("id", id)
                    .update();
        }
        for (UUID office : scope.offices()) {
            jdbc.sql("INSERT INTO access_user_office_scope (user_id, office_id) VALUES (:id, :office)")
                    .param("id", id)
                    .param("office", office)
                    .update();
        }
        for (String pcode : scope.baladiya()) {
            jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                    .param("id", id)
                    .param("pcode", pcode)
                    .update();
        }
        for (String programme : scope.programmes()) {
            jdbc.sql("INSERT INTO access_user_programme_scope (user_id, programme) VALUES (:id, :programme)")
                    .param("id", id)
                    .param("programme", programme)
                    .update();
        }
        return new User(id, username, accounts.signedIn(username, PASSWORD));
    }

    /** A new office of a test organisation. */
    public UUID office(String nameEn, String nameAr) {
        if (organisation == null) {
            organisation = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                            VALUES (:id, :code, 'MISSION', 'Case lists test mission', 'بعثة اختبار القوائم', 'test',
                                    'test')
                            """).param("id", organisation).param("code", code("ORG")).update();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, :en, :ar, 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", code("OFF"))
                .param("en", nameEn)
                .param("ar", nameAr)
                .update();
        return id;
    }

    /** A person with a name in Arabic and Latin script; answers the id. */
    public UUID person(String givenAr, String familyAr, String givenLat, String familyLat) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO people_person (id, registration_number, given_name_ar, family_name_ar,
                                                   given_name_lat, family_name_lat, name_skeleton, match_features,
                                                   sex, registered_at, registered_by, updated_at, updated_by)
                        VALUES (:id, :number, :givenAr, :familyAr, :givenLat, :familyLat, 'x', 'x', 'F', now(),
                                'test', now(), 'test')
                        """)
                .param("id", id)
                .param(
                        "number",
                        String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)))
                .param("givenAr", givenAr)
                .param("familyAr", familyAr)
                .param("givenLat", givenLat)
                .param("familyLat", familyLat)
                .update();
        return id;
    }

    /** The person's registration number. */
    public String registrationNumber(UUID person) {
        return jdbc.sql("SELECT registration_number FROM people_person WHERE id = :id")
                .param("id", person)
                .query(String.class)
                .single();
    }

    /** What a new case is; {@link #open} writes it. */
    public record NewCase(
            String type,
            UUID person,
            UUID office,
            @Nullable UUID assignee,
            String sensitivity,
            String status,
            String stage,
            @Nullable String baladiya,
            Instant updatedAt) {

        public NewCase status(String newStatus) {
            return new NewCase(type, person, office, assignee, sensitivity, newStatus, stage, baladiya, updatedAt);
        }

        public NewCase stage(String newStage) {
            return new NewCase(type, person, office, assignee, sensitivity, status, newStage, baladiya, updatedAt);
        }

        public NewCase baladiya(String pcode) {
            return new NewCase(type, person, office, assignee, sensitivity, status, stage, pcode, updatedAt);
        }

        public NewCase updatedAt(Instant at) {
            return new NewCase(type, person, office, assignee, sensitivity, status, stage, baladiya, at);
        }
    }

    /** An open case at its first stage, with the type's default sensitivity, updated now. */
    public static NewCase of(String type, UUID person, UUID office, @Nullable User assignee) {
        String sensitivity = switch (type) {
            case "trafficking", "gbv", "child-protection", "health" -> "RESTRICTED";
            default -> "NORMAL";
        };
        return new NewCase(
                type,
                person,
                office,
                assignee == null ? null : assignee.id(),
                sensitivity,
                "open",
                "new",
                null,
                Instant.now());
    }

    /** A case written as the system identity; answers its id and number. */
    public Case open(NewCase c) {
        UUID id = UUID.randomUUID();
        String number = code("T");
        system.run(
                "test: a case for the lists' tests",
                () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO cases_case (id, case_number, case_type, person_id, office_id, baladiya_pcode,
                                                assigned_to, sensitivity, status, stage, opened_at, opened_by,
                                                closed_at, closure_reason, updated_at, updated_by)
                        VALUES (:id, :number, :type, :person, :office, :baladiya, :assignee, :sensitivity, :status,
                                :stage, :updatedAt, 'test', CAST(:closedAt AS timestamptz), CAST(:closure AS text), :updatedAt,
                                'test')
                        """)
                        .param("id", id)
                        .param("number", number)
                        .param("type", c.type())
                        .param("person", c.person())
                        .param("office", c.office())
                        .param("baladiya", c.baladiya())
                        .param("assignee", c.assignee())
                        .param("sensitivity", c.sensitivity())
                        .param("status", c.status())
                        .param("stage", c.stage())
                        .param("updatedAt", java.sql.Timestamp.from(c.updatedAt()))
                        .param("closedAt", "closed".equals(c.status()) ? java.sql.Timestamp.from(c.updatedAt()) : null)
                        .param("closure", "closed".equals(c.status()) ? "test" : null)
                        .update()));
        return new Case(id, number);
    }

    /** A case's id and number. */
    public record Case(UUID id, String number) {}

    /** A flag on the case, written as the system identity; {@code removed} ones no longer count. */
    public void flag(Case c, String message, boolean removed) {
        system.run(
                "test: a flag for the lists' tests",
                () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO cases_flag (id, case_id, message, flag_date, flagged_at, flagged_by, removed_at,
                                                removed_by, removal_reason)
                        VALUES (:id, :case, :message, current_date, now(), 'test', CAST(:removedAt AS timestamptz),
                                CAST(:removedBy AS text), CAST(:reason AS text))
                        """)
                        .param("id", UUID.randomUUID())
                        .param("case", c.id())
                        .param("message", message)
                        .param("removedAt", removed ? java.sql.Timestamp.from(Instant.now()) : null)
                        .param("removedBy", removed ? "test" : null)
                        .param("reason", removed ? "resolved" : null)
                        .update()));
    }

    /** A GET as the user, asking for JSON (or HTML when the uri is a page's), in English unless the uri says. */
    public MvcTestResult get(User user, String uri, MediaType accept) {
        return mvc.get()
                .uri(uri)
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .accept(accept)
                .exchange();
    }

    private static String code(String prefix) {
        return prefix + "-"
                + UUID.randomUUID().toString().substring(0, 13).replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }
}
