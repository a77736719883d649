package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masar.collect.BindingTestSupport.q;
import static org.masar.collect.BindingTestSupport.xform;
import static org.masar.collect.CollectTestSupport.uniqueFormId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.BindingTestSupport;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form's binding through the API: saved, read, replaced and removed by a form manager, its mapping checked against
 * the form's fields with every error named, refused and audited without the permission.
 */
@MasarIntegrationTest
class BindingApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    CollectTestSupport collect;
    BindingTestSupport bindings;
    User officer;
    String formId;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        bindings = new BindingTestSupport(mvc, jdbc, collect);
        officer = collect.user("DTM_OFFICER");
        formId = uniqueFormId("bind_api");
        bindings.upload(
                officer,
                formId,
                xform(
                        formId,
                        "1",
                        List.of(q("baladiya", "string"), q("idps_ind", "int"), q("idps_hh", "int")),
                        "informants",
                        List.of(q("ki_role", "string"), q("ki_org", "string"))));
    }

    private static final String GOOD = """
            {"target": "dtm-assessment",
             "mapping": {"round": {"value": "6f1c6f0e-8a43-4d52-9d55-5d1d8c1e2a10"},
                         "pcode": "${baladiya}",
                         "figures": {"idps.ind": "${idps_ind}", "idps.hh": "/data/idps_hh"},
                         "keyInformants": {"repeat": "${informants}", "role": "${ki_role}",
                                           "organisationType": "informants/ki_org"}}}
            """;

    @Test
    void aManagerBindsReadsReplacesAndUnbindsAFormAndEachStepIsAudited() {
        assertThat(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.binding-not-found");

        MvcTestResult saved = bindings.bind(officer, formId, GOOD);
        assertThat(saved).hasStatusOk();
        JsonNode binding = collect.json(saved);
        assertThat(binding.get("target").asString()).isEqualTo("dtm-assessment");
        assertThat(binding.get("mapping").get("pcode").asString()).isEqualTo("${baladiya}");
        assertThat(binding.get("updatedBy").asString()).isEqualTo(officer.username());

        JsonNode read = collect.json(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId));
        assertThat(read.get("mapping").get("figures").get("idps.hh").asString()).isEqualTo("/data/idps_hh");

        // Re-binding replaces the binding: one per form.
        assertThat(bindings.bind(officer, formId, """
                        {"target": "dtm-flow-survey",
                         "mapping": {"point": {"value": "6f1c6f0e-8a43-4d52-9d55-5d1d8c1e2a10"},
                                     "answers": {"origin-country": "${baladiya}"}}}
                        """)).hasStatusOk();
        assertThat(collect.json(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                        .get("target")
                        .asString())
                .isEqualTo("dtm-flow-survey");
        assertThat(jdbc.sql("SELECT count(*) FROM collect_binding b JOIN collect_form f ON f.id = b.form"
                                + " WHERE f.form_id = :f")
                        .param("f", formId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(bindings.delete(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(bindings.delete(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(audited("collect.binding.saved")).isEqualTo(2);
        assertThat(audited("collect.binding.deleted")).isEqualTo(1);
    }

    @Test
    void aMappingIsCheckedAgainstTheFormsFieldsAndEveryErrorIsNamed() {
        MvcTestResult refused = bindings.bind(officer, formId, """
                {"target": "dtm-assessment",
                 "mapping": {"pcode": "${no_such_field}",
                             "figures": {"idps.ind": "${ki_role}", "idps.everyone": "${idps_ind}"},
                             "keyInformants": {"repeat": "${nowhere}", "role": "${ki_role}"},
                             "colour": "${baladiya}"}}
                """);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(collect.json(refused).get("type").asString()).isEqualTo("/problems/validation");
        assertThat(errors(refused))
                .containsExactlyInAnyOrder(
                        "mapping.colour",
                        "mapping.round",
                        "mapping.pcode",
                        "mapping.figures.idps.ind",
                        "mapping.figures.idps.everyone",
                        "mapping.keyInformants.repeat");
        JsonNode pcode = field(refused, "mapping.pcode");
        assertThat(pcode.get("message").asString()).isEqualTo("the form has no such field");
        assertThat(field(refused, "mapping.figures.idps.ind").get("message").asString())
                .contains("inside a repeat");

        assertThat(errors(bindings.bind(officer, formId, """
                        {"target": "dtm-census", "mapping": {}}
                        """))).containsExactly("target");
        assertThat(errors(bindings.bind(officer, formId, """
                        {"target": "people-registration"}
                        """))).containsExactly("mapping");
        assertThat(errors(bindings.bind(officer, formId, """
                        {"target": "people-registration", "mapping": {"sex": {"value": "x"}, "givenNameAr": 12}}
                        """)))
                .containsExactlyInAnyOrder("mapping.sex", "mapping.givenNameAr");
        assertThat(errors(bindings.bind(officer, formId, """
                        {"target": "dtm-flow-survey", "mapping": ["not", "an", "object"]}
                        """))).containsExactly("mapping");

        // Nothing was kept.
        assertThat(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(bindings.bind(officer, "no_such_form_" + formId, GOOD)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void withoutManagingFormsBindingIsRefusedAndAudited() {
        User enumerator = collect.user("DTM_ENUMERATOR");
        assertThat(bindings.bind(enumerator, formId, GOOD)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(bindings.get(enumerator, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(bindings.delete(enumerator, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(bindings.get(enumerator, "/api/v1/collect/forms/{f}/unmapped", formId))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(bindings.post(
                        enumerator,
                        "/api/v1/collect/forms/{f}/submissions/{id}/map",
                        formId,
                        "6f1c6f0e-8a43-4d52-9d55-5d1d8c1e2a10"))
                .hasStatus(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :u AND outcome = 'DENIED'")
                                        .param("u", enumerator.username())
                                        .query(Long.class)
                                        .single())
                        .isGreaterThanOrEqualTo(5));
        assertThat(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NOT_FOUND);

        // A reviewer reads what could not be mapped, and nothing else of the binding.
        User reviewer = collect.user("ME_OFFICER");
        assertThat(bindings.get(reviewer, "/api/v1/collect/forms/{f}/unmapped", formId))
                .hasStatusOk();
        assertThat(bindings.get(reviewer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void malformedIdsAndUnknownSubmissionsAreProblems() {
        bindings.bound(officer, formId, GOOD);
        assertThat(bindings.post(officer, "/api/v1/collect/forms/{f}/submissions/{id}/map", formId, "not-a-uuid"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.binding-submission-not-found");
        assertThat(bindings.post(
                        officer,
                        "/api/v1/collect/forms/{f}/submissions/{id}/map",
                        formId,
                        "6f1c6f0e-8a43-4d52-9d55-5d1d8c1e2a10"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(bindings.get(officer, "/api/v1/collect/forms/{f}/unmapped", "no_such_form"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private long audited(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a AND subject_id = :f")
                .param("a", action)
                .param("f", formId)
                .query(Long.class)
                .single();
    }

    private List<String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        collect.json(result)
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private JsonNode field(MvcTestResult result, String name) {
        for (JsonNode error : collect.json(result).get("errors")) {
            if (error.get("field").asString().equals(name)) {
                return error;
            }
        }
        throw new AssertionError("no error for " + name);
    }
}
