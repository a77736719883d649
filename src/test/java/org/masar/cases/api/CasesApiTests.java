package org.masar.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.cases.CasesTestSupport.MISRATA;
import static org.masar.cases.CasesTestSupport.TRIPOLI;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.cases.CasesTestSupport;
import org.masar.cases.CasesTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases over HTTP: types as data, opening, every move of a seeded type, approvals, transfers, flags, locking. */
@MasarIntegrationTest
class CasesApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Environment environment;

    @Autowired
    PlatformTransactionManager transactions;

    CasesTestSupport cases;
    UUID office;

    @BeforeEach
    void setUp() {
        cases = new CasesTestSupport(jdbc, encoder, mvc, json);
        office = cases.office();
    }

    @Test
    void theSeededTypesAreDataWithStagesInOrderMovesAndAnAssessmentInBothLanguages() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        JsonNode types = cases.json(cases.get(caseworker, "/api/v1/case-types"));
        List<String> codes = new ArrayList<>();
        types.forEach(type -> codes.add(type.get("code").asString()));
        assertThat(codes)
                .contains(
                        "mrrm-assistance",
                        "trafficking",
                        "gbv",
                        "child-protection",
                        "health",
                        "mhpss",
                        "voluntary-return");
        JsonNode gbv = cases.json(cases.get(caseworker, "/api/v1/case-types/gbv"));
        assertThat(gbv.get("defaultSensitivity").asString()).isEqualTo("RESTRICTED");
        assertThat(gbv.get("name").get("ar").asString()).isNotBlank();
        assertThat(gbv.get("stages").get(0).get("code").asString()).isEqualTo("new");
        assertThat(gbv.get("stages").get(5).get("closing").asBoolean()).isTrue();
        assertThat(gbv.get("assessmentVersion").asInt()).isEqualTo(1);
        JsonNode assessment = cases.json(cases.get(caseworker, "/api/v1/case-types/gbv/assessment"));
        assertThat(assessment
                        .get("definition")
                        .get("questions")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo("safe-to-talk");
        assertThat(cases.get(caseworker, "/api/v1/case-types/no-such-type")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aManagerCreatesATypeAndPublishesAnAssessmentVersionCheckedAgainstItsSchema() {
        User manager = cases.user("PROGRAMME_MANAGER");
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String type = """
                {"code": "%s", "programme": "MRRM", "name": {"en": "Cash for rent", "ar": "نقد للإيجار"},
                 "defaultSensitivity": "NORMAL",
                 "stages": [{"code": "new", "name": {"en": "New", "ar": "جديدة"}},
                            {"code": "paid", "name": {"en": "Paid", "ar": "مدفوعة"}},
                            {"code": "closed", "name": {"en": "Closed", "ar": "مغلقة"}, "closing": true}],
                 "transitions": [{"from": "new", "to": "paid", "needsApproval": true},
                                 {"from": "paid", "to": "closed", "needsApproval": false}]}
                """.formatted(code);
        assertThat(cases.post(caseworker, "/api/v1/case-types", type)).hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult created = cases.post(manager, "/api/v1/case-types", type);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/case-types/" + code);
        assertThat(cases.json(created)
                        .get("transitions")
                        .get(0)
                        .get("needsApproval")
                        .asBoolean())
                .isTrue();
        assertThat(cases.problem(cases.post(manager, "/api/v1/case-types", type)))
                .isEqualTo("/problems/cases.type-taken");
        MvcTestResult unclosable = cases.post(
                manager, "/api/v1/case-types", type.replace(code, code + "x").replace(", \"closing\": true", ""));
        assertThat(unclosable).hasStatus(HttpStatus.BAD_REQUEST);

        String definition = """
                {"title": {"en": "Rent check", "ar": "التحقق من الإيجار"},
                 "questions": [{"id": "rent", "labels": {"en": "Monthly rent", "ar": "الإيجار الشهري"},
                                "type": "integer", "min": 0, "max": 10000, "required": true}]}
                """;
        MvcTestResult published = cases.post(manager, "/api/v1/case-types/{code}/assessments", definition, code);
        assertThat(published).hasStatus(HttpStatus.CREATED);
        assertThat(cases.json(published).get("number").asInt()).isEqualTo(1);
        MvcTestResult second = cases.post(manager, "/api/v1/case-types/{code}/assessments", definition, code);
        assertThat(cases.json(second).get("number").asInt()).isEqualTo(2);
        MvcTestResult invalid = cases.post(manager, "/api/v1/case-types/{code}/assessments", """
                {"title": {"en": "Rent"}, "questions": [{"id": "Rent", "labels": {"en": "x", "ar": "y"},
                 "type": "slider"}]}
                """, code);
        assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.json(invalid).get("errors").size()).isGreaterThan(0);
        assertThat(cases.post(caseworker, "/api/v1/case-types/{code}/assessments", definition, code))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.json(cases.get(caseworker, "/api/v1/case-types/{code}", code))
                        .get("assessmentVersion")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aCaseOpensAtTheFirstStageAssignedToItsOpenerWithAShortNumberForPeopleInScopeOnly() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        User elsewhere = cases.user("CASEWORKER", MISRATA);
        String person = cases.person(caseworker, TRIPOLI);
        MvcTestResult opened = cases.post(caseworker, "/api/v1/cases", """
                {"caseType": "mrrm-assistance", "person": "%s", "office": "%s"}
                """.formatted(person, office));
        assertThat(opened).hasStatus(HttpStatus.CREATED);
        JsonNode body = cases.json(opened);
        assertThat(opened.getResponse().getHeader("Location"))
                .endsWith("/api/v1/cases/" + body.get("id").asString());
        assertThat(body.get("caseNumber").asString()).matches("C-[0-9]{6,}");
        assertThat(body.get("stage").asString()).isEqualTo("new");
        assertThat(body.get("status").asString()).isEqualTo("open");
        assertThat(body.get("sensitivity").asString()).isEqualTo("NORMAL");
        assertThat(body.get("assignedTo").asString()).isEqualTo(caseworker.id().toString());
        assertThat(body.get("baladiya").asString()).isEqualTo(TRIPOLI);
        assertThat(body.get("history").get(0).get("kind").asString()).isEqualTo("opened");
        assertThat(cases.audited(caseworker, "cases.case.opened", "SUCCESS")).isOne();

        // A caseworker of another baladiya can neither open a case for the person nor read this one.
        assertThat(cases.post(elsewhere, "/api/v1/cases", """
                        {"caseType": "mrrm-assistance", "person": "%s", "office": "%s"}
                        """.formatted(person, office)))
                .hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult outside =
                cases.get(elsewhere, "/api/v1/cases/{id}", body.get("id").asString());
        assertThat(outside).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(outside)).isEqualTo("/problems/cases.out-of-scope");
        assertThat(cases.audited(elsewhere, "access.refused", "DENIED")).isEqualTo(2);

        // Bad input: named fields, nothing written.
        long before =
                jdbc.sql("SELECT count(*) FROM cases_case").query(Long.class).single();
        MvcTestResult bad = cases.post(caseworker, "/api/v1/cases", """
                {"caseType": "no-such-type", "person": "not-an-id", "office": "%s"}
                """.formatted(office));
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.post(caseworker, "/api/v1/cases", """
                        {"caseType": "no-such-type", "person": "%s", "office": "%s"}
                        """.formatted(person, office)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.post(caseworker, "/api/v1/cases", """
                        {"caseType": "mrrm-assistance", "person": "%s", "office": "%s"}
                        """.formatted(person, UUID.randomUUID())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT count(*) FROM cases_case").query(Long.class).single())
                .isEqualTo(before);
    }

    /**
     * Every ordered pair of stages of one seeded type, read from the type's data through the API: an allowed move
     * without approval happens, one that needs approval is recorded pending, any other is a 409 naming both stages.
     */
    @Test
    void everyAllowedAndRefusedMoveOfASeededTypeFromItsOwnData() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        JsonNode type = cases.json(cases.get(caseworker, "/api/v1/case-types/mrrm-assistance"));
        List<String> stages = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        type.get("stages").forEach(stage -> {
            stages.add(stage.get("code").asString());
            if (stage.get("closing").asBoolean()) {
                closing.add(stage.get("code").asString());
            }
        });
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        int allowed = 0;
        int refused = 0;
        int pending = 0;
        for (String from : stages) {
            for (String to : stages) {
                if (from.equals(to)) {
                    continue;
                }
                JsonNode move = null;
                for (JsonNode transition : type.get("transitions")) {
                    if (transition.get("from").asString().equals(from)
                            && transition.get("to").asString().equals(to)) {
                        move = transition;
                    }
                }
                String id = cases.open(caseworker, "mrrm-assistance", person, office)
                        .get("id")
                        .asString();
                boolean closed = closing.contains(from);
                owner.sql("""
                                UPDATE cases_case SET stage = :stage, status = :status,
                                       closed_at = CASE WHEN :closed THEN now() END
                                 WHERE id = :id
                                """)
                        .param("stage", from)
                        .param("status", closed ? "closed" : "open")
                        .param("closed", closed)
                        .param("id", UUID.fromString(id))
                        .update();
                int version = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id))
                        .get("version")
                        .asInt();
                MvcTestResult answer =
                        cases.post(caseworker, "/api/v1/cases/{id}/stage", """
                        {"to": "%s", "reason": "the person asked", "version": %d}
                        """.formatted(to, version), id);
                String pair = from + " → " + to;
                if (move == null || closed) {
                    refused++;
                    assertThat(answer).as(pair).hasStatus(HttpStatus.CONFLICT);
                    if (!closed) {
                        assertThat(cases.problem(answer)).as(pair).isEqualTo("/problems/cases.transition-refused");
                        assertThat(cases.json(answer).get("detail").asString())
                                .as(pair)
                                .contains(from)
                                .contains(to);
                    }
                    JsonNode after = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id));
                    assertThat(after.get("stage").asString()).as(pair).isEqualTo(from);
                } else if (move.get("needsApproval").asBoolean()) {
                    pending++;
                    assertThat(answer).as(pair).hasStatus(HttpStatus.ACCEPTED);
                    JsonNode after = cases.json(answer);
                    assertThat(after.get("stage").asString()).as(pair).isEqualTo(from);
                    assertThat(after.get("pendingStage").asString()).as(pair).isEqualTo(to);
                    String command = after.get("pendingApproval").asString();
                    assertThat(jdbc.sql("SELECT type || ' ' || permission || ' ' || coalesce(baladiya, '-')"
                                            + " FROM approvals_command WHERE id = :id")
                                    .param("id", UUID.fromString(command))
                                    .query(String.class)
                                    .single())
                            .as(pair)
                            .isEqualTo("cases.stage-change cases:approve " + TRIPOLI);
                } else {
                    allowed++;
                    assertThat(answer).as(pair).hasStatus(HttpStatus.OK);
                    JsonNode after = cases.json(answer);
                    assertThat(after.get("stage").asString()).as(pair).isEqualTo(to);
                    assertThat(after.get("status").asString())
                            .as(pair)
                            .isEqualTo(closing.contains(to) ? "closed" : "open");
                    assertThat(after.get("history").get(0).get("fromStage").asString())
                            .isEqualTo(from);
                }
            }
        }
        assertThat(allowed + pending).isEqualTo(type.get("transitions").size());
        assertThat(refused).isEqualTo(stages.size() * (stages.size() - 1) - allowed - pending);
        assertThat(pending).isPositive();
        assertThat(allowed).isPositive();
    }

    @Test
    void aMoveThatNeedsApprovalIsRefusedToItsMakerAndMadeByASupervisorAndAClosedCaseReopensWhereItWas() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        User supervisor = cases.user("CASE_SUPERVISOR", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", person, office)
                .get("id")
                .asString();
        JsonNode moved = cases.json(cases.post(caseworker, "/api/v1/cases/{id}/stage", """
                {"to": "assessment", "version": 0}
                """, id));
        assertThat(moved.get("stage").asString()).isEqualTo("assessment");

        JsonNode asked = cases.json(cases.post(
                caseworker,
                "/api/v1/cases/{id}/stage",
                """
                {"to": "case-plan", "reason": "assessment done", "version": %d}
                """.formatted(moved.get("version").asInt()),
                id));
        String command = asked.get("pendingApproval").asString();
        // Nothing else moves the case meanwhile.
        assertThat(cases.problem(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/stage",
                        """
                        {"to": "new", "version": %d}
                        """.formatted(asked.get("version").asInt()),
                        id)))
                .isEqualTo("/problems/cases.approval-pending");
        MvcTestResult own = cases.post(caseworker, "/api/v1/approvals/{id}/approval", "{}", command);
        assertThat(own).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(own)).isEqualTo("/problems/approvals.own-command");
        assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id))
                        .get("stage")
                        .asString())
                .isEqualTo("assessment");

        assertThat(cases.post(supervisor, "/api/v1/approvals/{id}/approval", "{}", command))
                .hasStatus(HttpStatus.OK);
        JsonNode approved = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id));
        assertThat(approved.get("stage").asString()).isEqualTo("case-plan");
        assertThat(approved.get("pendingApproval").isNull()).isTrue();
        assertThat(approved.get("history").get(0).get("actor").asString()).isEqualTo(supervisor.username());
        assertThat(approved.get("history").get(0).get("kind").asString()).isEqualTo("stage.moved");

        // Closing needs a reason, and a supervisor (the seeded types put closure behind approval).
        MvcTestResult noReason = cases.post(
                caseworker,
                "/api/v1/cases/{id}/stage",
                """
                {"to": "closed", "version": %d}
                """.formatted(approved.get("version").asInt()),
                id);
        assertThat(noReason).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode closing = cases.json(cases.post(
                caseworker,
                "/api/v1/cases/{id}/stage",
                """
                {"to": "closed", "reason": "the person left Libya", "version": %d}
                """.formatted(approved.get("version").asInt()),
                id));
        assertThat(cases.post(
                        supervisor,
                        "/api/v1/approvals/{id}/approval",
                        "{}",
                        closing.get("pendingApproval").asString()))
                .hasStatus(HttpStatus.OK);
        JsonNode closed = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id));
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("stage").asString()).isEqualTo("closed");
        assertThat(closed.get("closureReason").asString()).isEqualTo("the person left Libya");

        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/reopening",
                        """
                        {"version": %d}
                        """.formatted(closed.get("version").asInt()),
                        id))
                .hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode reopened = cases.json(cases.post(
                caseworker,
                "/api/v1/cases/{id}/reopening",
                """
                {"reason": "the person came back", "version": %d}
                """.formatted(closed.get("version").asInt()),
                id));
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("stage").asString()).isEqualTo("case-plan");
        assertThat(reopened.get("closedAt").isNull()).isTrue();
        assertThat(cases.audited(caseworker, "cases.case.reopened", "SUCCESS")).isOne();
        assertThat(cases.audited(supervisor, "cases.case.closed", "SUCCESS")).isOne();
        // On the person's timeline.
        JsonNode timeline = cases.json(cases.get(caseworker, "/api/v1/people/{id}/timeline", person));
        assertThat(timeline.toString()).contains("cases").contains("reopened");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", person, office)
                .get("id")
                .asString();
        assertThat(cases.post(caseworker, "/api/v1/cases/{id}/flags", """
                        {"message": "Call only in the morning", "date": "2026-12-01", "version": 0}
                        """, id)).hasStatus(HttpStatus.OK);
        // A second tab still holds version 0.
        MvcTestResult stale = cases.post(caseworker, "/api/v1/cases/{id}/stage", """
                {"to": "assessment", "version": 0}
                """, id);
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(cases.problem(stale)).isEqualTo("/problems/conflict.stale");
        JsonNode after = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id));
        assertThat(after.get("stage").asString()).isEqualTo("new");
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(cases.problem(cases.post(caseworker, "/api/v1/cases/{id}/flags", """
                        {"message": "Second", "date": "2026-12-01", "version": 0}
                        """, id)))
                .isEqualTo("/problems/conflict.stale");
        assertThat(after.get("flags").size()).isOne();
    }

    @Test
    void flagsAreSeenByEveryReaderAndRemovedWithAReason() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        User colleague = cases.user("CASEWORKER", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", person, office)
                .get("id")
                .asString();
        JsonNode flagged = cases.json(cases.post(caseworker, "/api/v1/cases/{id}/flags", """
                {"message": "Do not contact the family", "date": "2026-12-04", "version": 0}
                """, id));
        String flag = flagged.get("flags").get(0).get("id").asString();
        JsonNode seen = cases.json(cases.get(colleague, "/api/v1/cases/{id}", id));
        assertThat(seen.get("flags").get(0).get("message").asString()).isEqualTo("Do not contact the family");
        assertThat(seen.get("flags").get(0).get("date").asString()).isEqualTo("2026-12-04");
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/flags/{flag}/removal",
                        """
                        {"version": %d}
                        """.formatted(flagged.get("version").asInt()),
                        id,
                        flag))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.post(caseworker, "/api/v1/cases/{id}/flags/{flag}/removal", """
                        {"reason": "x", "version": 0}
                        """, id, UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
        JsonNode removed = cases.json(cases.post(
                caseworker,
                "/api/v1/cases/{id}/flags/{flag}/removal",
                """
                {"reason": "The family asked to be called", "version": %d}
                """.formatted(flagged.get("version").asInt()),
                id,
                flag));
        assertThat(removed.get("flags").size()).isZero();
        assertThat(removed.get("history").get(0).get("kind").asString()).isEqualTo("flag.removed");
    }

    @Test
    void aTransferIsAcceptedByItsReceiverDeclinedWithAReasonOrCancelledByItsSender() {
        User sender = cases.user("CASEWORKER", TRIPOLI);
        User receiver = cases.user("CASEWORKER", TRIPOLI);
        User stranger = cases.user("CASEWORKER", TRIPOLI);
        UUID otherOffice = cases.office();
        User officeUser = cases.user("CASEWORKER", MISRATA);
        cases.worksIn(officeUser, otherOffice);
        String person = cases.person(sender, TRIPOLI);

        // To a named caseworker, who accepts.
        String id =
                cases.open(sender, "mrrm-assistance", person, office).get("id").asString();
        JsonNode asked =
                cases.json(cases.post(sender, "/api/v1/cases/{id}/transfers", """
                {"toUser": "%s", "reason": "I am leaving the office", "version": 0}
                """.formatted(receiver.id()), id));
        assertThat(asked.get("status").asString()).isEqualTo("transferred");
        String transfer = asked.get("pendingTransfer").get("id").asString();
        int version = asked.get("version").asInt();
        JsonNode incoming = cases.json(cases.get(receiver, "/api/v1/case-transfers/incoming"));
        assertThat(incoming.size()).isOne();
        assertThat(incoming.get(0).get("caseId").asString()).isEqualTo(id);
        assertThat(cases.json(cases.get(stranger, "/api/v1/case-transfers/incoming"))
                        .size())
                .isZero();
        assertThat(cases.post(
                        stranger, "/api/v1/cases/{id}/transfers/{t}/acceptance", """
                        {"version": %d}
                        """.formatted(version), id, transfer))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(cases.post(sender, "/api/v1/cases/{id}/stage", """
                        {"to": "assessment", "version": %d}
                        """.formatted(version), id)))
                .isEqualTo("/problems/cases.not-open");
        JsonNode accepted = cases.json(cases.post(
                receiver, "/api/v1/cases/{id}/transfers/{t}/acceptance", """
                {"version": %d}
                """.formatted(version), id, transfer));
        assertThat(accepted.get("status").asString()).isEqualTo("open");
        assertThat(accepted.get("assignedTo").asString())
                .isEqualTo(receiver.id().toString());
        assertThat(accepted.get("pendingTransfer").isNull()).isTrue();

        // To an office, whose user declines it with a reason.
        String second =
                cases.open(sender, "mrrm-assistance", person, office).get("id").asString();
        JsonNode toOffice =
                cases.json(cases.post(sender, "/api/v1/cases/{id}/transfers", """
                {"toOffice": "%s", "reason": "The person moved to Misrata", "version": 0}
                """.formatted(otherOffice), second));
        String officeTransfer = toOffice.get("pendingTransfer").get("id").asString();
        assertThat(cases.json(cases.get(officeUser, "/api/v1/case-transfers/incoming"))
                        .get(0)
                        .get("transfer")
                        .asString())
                .isEqualTo(officeTransfer);
        assertThat(cases.get(officeUser, "/api/v1/cases/{id}", second)).hasStatus(HttpStatus.OK);
        assertThat(cases.post(
                        officeUser,
                        "/api/v1/cases/{id}/transfers/{t}/declination",
                        """
                        {"version": %d}
                        """.formatted(toOffice.get("version").asInt()),
                        second,
                        officeTransfer))
                .hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode declined = cases.json(cases.post(
                officeUser,
                "/api/v1/cases/{id}/transfers/{t}/declination",
                """
                {"reason": "No caseworker free", "version": %d}
                """.formatted(toOffice.get("version").asInt()),
                second,
                officeTransfer));
        assertThat(declined.get("status").asString()).isEqualTo("open");
        assertThat(declined.get("assignedTo").asString()).isEqualTo(sender.id().toString());
        assertThat(declined.get("office").asString()).isEqualTo(office.toString());

        // The sender cancels; the receiver can no longer answer.
        JsonNode again = cases.json(cases.post(
                sender,
                "/api/v1/cases/{id}/transfers",
                """
                {"toUser": "%s", "reason": "Second try", "version": %d}
                """.formatted(receiver.id(), declined.get("version").asInt()),
                second));
        String cancelled = again.get("pendingTransfer").get("id").asString();
        assertThat(cases.post(
                        receiver,
                        "/api/v1/cases/{id}/transfers/{t}/cancellation",
                        """
                        {"version": %d}
                        """.formatted(again.get("version").asInt()),
                        second,
                        cancelled))
                .hasStatus(HttpStatus.FORBIDDEN);
        JsonNode back = cases.json(cases.post(
                sender,
                "/api/v1/cases/{id}/transfers/{t}/cancellation",
                """
                {"version": %d}
                """.formatted(again.get("version").asInt()),
                second,
                cancelled));
        assertThat(back.get("status").asString()).isEqualTo("open");
        assertThat(cases.problem(cases.post(
                        receiver,
                        "/api/v1/cases/{id}/transfers/{t}/acceptance",
                        """
                        {"version": %d}
                        """.formatted(back.get("version").asInt()),
                        second,
                        cancelled)))
                .isEqualTo("/problems/cases.transfer-not-pending");
    }

    @Test
    void aProtectionCaseIsReadByItsAssigneeTheirSupervisorsAndSharesOnlyInTheFaceAndTheDatabase() {
        User caseworker = cases.user("PROTECTION_CASEWORKER", TRIPOLI);
        User supervisor = cases.user("CASE_SUPERVISOR", TRIPOLI);
        User outsider = cases.user("PROTECTION_CASEWORKER", TRIPOLI);
        cases.supervises(supervisor, caseworker);
        String person = cases.person(caseworker, TRIPOLI);
        JsonNode opened = cases.open(caseworker, "gbv", person, office);
        assertThat(opened.get("sensitivity").asString()).isEqualTo("RESTRICTED");
        String id = opened.get("id").asString();
        JsonNode flagged = cases.json(cases.post(caseworker, "/api/v1/cases/{id}/flags", """
                {"message": "Speak only with her alone", "date": "2026-12-04", "version": 0}
                """, id));
        // Handing it over needs the right to pass it on to a named user (the database's rule): not to an office.
        MvcTestResult toOffice = cases.post(
                caseworker,
                "/api/v1/cases/{id}/transfers",
                """
                {"toOffice": "%s", "reason": "a", "version": %d}
                """.formatted(cases.office(), flagged.get("version").asInt()),
                id);
        assertThat(toOffice).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(toOffice)).isEqualTo("/problems/cases.transfer-denied");
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        owner.sql("""
                        INSERT INTO cases_transfer (id, case_id, from_user, from_office, to_office, reason,
                                                    requested_at, requested_by)
                        VALUES (gen_random_uuid(), :case, :user, :office, :office, 'test', now(), 'test')
                        """)
                .param("case", UUID.fromString(id))
                .param("user", caseworker.id())
                .param("office", office)
                .update();
        owner.sql("""
                        INSERT INTO cases_assessment (id, case_id, version_id, answers, assessed_at, assessed_by)
                        SELECT gen_random_uuid(), :case, v.id, '{}'::jsonb, now(), 'test'
                          FROM cases_assessment_version v WHERE v.case_type = 'gbv' AND v.number = 1
                        """).param("case", UUID.fromString(id)).update();

        MvcTestResult denied = cases.get(outsider, "/api/v1/cases/{id}", id);
        assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(denied)).isEqualTo("/problems/access.restricted-record-denied");
        assertThat(cases.audited(outsider, "access.restricted-read", "DENIED")).isOne();
        assertThat(cases.get(supervisor, "/api/v1/cases/{id}", id)).hasStatus(HttpStatus.OK);
        assertThat(cases.audited(supervisor, "access.restricted-read", "SUCCESS"))
                .isOne();

        String[] tables = {"cases_case", "cases_case_event", "cases_flag", "cases_transfer", "cases_assessment"};
        for (String table : tables) {
            String column = table.equals("cases_case") ? "id" : "case_id";
            assertThat(rowsAs(outsider.id(), table, column, id)).as(table).isZero();
            assertThat(rowsAs(caseworker.id(), table, column, id)).as(table).isPositive();
            assertThat(rowsAs(supervisor.id(), table, column, id)).as(table).isPositive();
        }
    }

    @Test
    void aRestrictedCaseIsHandedOverOnlyByWhoMayPassItOnAndItsReceiverReadsItOnlyWhileAskedOrOnceItIsTheirs() {
        String lead = cases.role(
                "geo:read",
                "people:read",
                "people:register",
                "cases:read",
                "cases:write",
                "protection:read-restricted",
                "access:assign-restricted");
        User teamLead = cases.user(lead, TRIPOLI);
        User receiver = cases.user("PROTECTION_CASEWORKER", TRIPOLI);
        User colleague = cases.user("PROTECTION_CASEWORKER", TRIPOLI);
        String person = cases.person(teamLead, TRIPOLI);

        // Its own caseworker may not hand it over (no right to assign restricted records to someone else).
        String own =
                cases.open(receiver, "trafficking", person, office).get("id").asString();
        MvcTestResult refused =
                cases.post(receiver, "/api/v1/cases/{id}/transfers", """
                {"toUser": "%s", "reason": "Leaving", "version": 0}
                """.formatted(colleague.id()), own);
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(refused)).isEqualTo("/problems/cases.transfer-denied");

        String id =
                cases.open(teamLead, "trafficking", person, office).get("id").asString();
        assertThat(cases.get(receiver, "/api/v1/cases/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        JsonNode asked =
                cases.json(cases.post(teamLead, "/api/v1/cases/{id}/transfers", """
                {"toUser": "%s", "reason": "Specialist follow-up", "version": 0}
                """.formatted(receiver.id()), id));
        assertThat(cases.get(receiver, "/api/v1/cases/{id}", id)).hasStatus(HttpStatus.OK);
        assertThat(cases.get(colleague, "/api/v1/cases/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        JsonNode accepted = cases.json(cases.post(
                receiver,
                "/api/v1/cases/{id}/transfers/{t}/acceptance",
                """
                {"version": %d}
                """.formatted(asked.get("version").asInt()),
                id,
                asked.get("pendingTransfer").get("id").asString()));
        assertThat(accepted.get("assignedTo").asString())
                .isEqualTo(receiver.id().toString());
        assertThat(accepted.get("status").asString()).isEqualTo("open");

        // Declined: the receiver no longer reads it.
        String second =
                cases.open(teamLead, "trafficking", person, office).get("id").asString();
        JsonNode again =
                cases.json(cases.post(teamLead, "/api/v1/cases/{id}/transfers", """
                {"toUser": "%s", "reason": "Specialist follow-up", "version": 0}
                """.formatted(receiver.id()), second));
        assertThat(cases.post(
                        receiver,
                        "/api/v1/cases/{id}/transfers/{t}/declination",
                        """
                        {"reason": "Too many cases", "version": %d}
                        """.formatted(again.get("version").asInt()),
                        second,
                        again.get("pendingTransfer").get("id").asString()))
                .hasStatus(HttpStatus.OK);
        assertThat(cases.get(receiver, "/api/v1/cases/{id}", second)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.json(cases.get(teamLead, "/api/v1/cases/{id}", second))
                        .get("assignedTo")
                        .asString())
                .isEqualTo(teamLead.id().toString());
    }

    @Test
    void aRestrictedTypeIsOpenedAsNormalOnlyByWhoMayPassRestrictedRecordsOn() {
        User caseworker = cases.user("PROTECTION_CASEWORKER", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        MvcTestResult lowered = cases.post(caseworker, "/api/v1/cases", """
                {"caseType": "gbv", "person": "%s", "office": "%s", "sensitivity": "NORMAL"}
                """.formatted(person, office));
        assertThat(lowered).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(lowered)).isEqualTo("/problems/cases.sensitivity-lowered");
        MvcTestResult elsewhere =
                cases.post(caseworker, "/api/v1/cases", """
                {"caseType": "gbv", "person": "%s", "office": "%s", "assignee": "%s"}
                """.formatted(person, office, UUID.randomUUID()));
        assertThat(elsewhere).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.problem(elsewhere)).isEqualTo("/problems/access.restricted-assignment-denied");
    }

    @Test
    void aRejectedMoveLeavesTheCaseWhereItWasNoLongerPending() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        User supervisor = cases.user("CASE_SUPERVISOR", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", person, office)
                .get("id")
                .asString();
        JsonNode asked = cases.json(cases.post(caseworker, "/api/v1/cases/{id}/stage", """
                {"to": "closed", "reason": "duplicate", "version": 0}
                """, id));
        assertThat(cases.post(
                        supervisor,
                        "/api/v1/approvals/{id}/rejection",
                        """
                        {"reason": "Not a duplicate"}
                        """,
                        asked.get("pendingApproval").asString()))
                .hasStatus(HttpStatus.OK);
        JsonNode after = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id));
        assertThat(after.get("pendingApproval").isNull()).isTrue();
        assertThat(after.get("stage").asString()).isEqualTo("new");
        assertThat(after.get("status").asString()).isEqualTo("open");
        assertThat(after.get("history").get(0).get("kind").asString()).isEqualTo("stage.rejected");
        assertThat(after.get("history").get(0).get("reason").asString()).isEqualTo("Not a duplicate");
    }

    @Test
    void anAssessmentAnswersTheTypesCurrentQuestionnaireAndWhatDoesNotFitIsNamed() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", person, office)
                .get("id")
                .asString();
        MvcTestResult bad = cases.post(caseworker, "/api/v1/cases/{id}/assessments", """
                {"answers": {"household-size": 0, "urgent-needs": ["gold"], "colour": "blue"}, "version": 0}
                """, id);
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        cases.json(bad)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("answers.household-size", "answers.urgent-needs", "answers.colour");
        assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}/assessments", id))
                        .size())
                .isZero();

        MvcTestResult recorded = cases.post(caseworker, "/api/v1/cases/{id}/assessments", """
                {"answers": {"household-size": 4, "urgent-needs": ["food", "shelter"], "income": false},
                 "version": 0}
                """, id);
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        JsonNode assessment = cases.json(recorded);
        assertThat(assessment.get("number").asInt()).isEqualTo(1);
        assertThat(recorded.getResponse().getHeader("Location"))
                .endsWith("/api/v1/cases/" + id + "/assessments/"
                        + assessment.get("id").asString());
        assertThat(cases.json(cases.get(
                                caseworker,
                                "/api/v1/cases/{id}/assessments/{a}",
                                id,
                                assessment.get("id").asString()))
                        .get("answers")
                        .get("household-size")
                        .asInt())
                .isEqualTo(4);
        assertThat(cases.problem(cases.post(caseworker, "/api/v1/cases/{id}/assessments", """
                        {"answers": {"household-size": 5, "urgent-needs": ["food"]}, "version": 0}
                        """, id)))
                .isEqualTo("/problems/conflict.stale");
        assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id))
                        .get("history")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("assessed");
    }

    /** Rows of the case a raw SQL read sees as the application role, for the user {@code masar.user_id} names. */
    private long rowsAs(UUID user, String table, String column, String caseId) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                    .param("id", user.toString())
                    .query()
                    .singleValue();
            return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :id")
                    .param("id", UUID.fromString(caseId))
                    .query(Long.class)
                    .single();
        });
    }
}
