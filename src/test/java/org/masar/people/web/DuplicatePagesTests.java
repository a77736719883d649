package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review queue's page: a pair side by side in Arabic, merging from it, undoing, "not the same person". */
@MasarIntegrationTest
class DuplicatePagesTests {

    /** Alkufra and Tazirbu, baladiya no other test registers people in: their queues hold only these tests' pairs. */
    static final String ALKUFRA = "LY010701";

    static final String TAZIRBU = "LY010702";
    static final String WAZIN = "LY020906";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void aSupervisorSeesAPairInArabicMergesItAndUndoesTheMerge() {
        User caseworker = people.user("CASEWORKER", ALKUFRA);
        User wazin = people.user("CASEWORKER", WAZIN);
        User supervisor = people.user("PROGRAMME_MANAGER", ALKUFRA);
        String details = somebody(ALKUFRA);
        JsonNode kept = people.register(caseworker, details);
        JsonNode merged = people.register(wazin, details.replace(ALKUFRA, WAZIN));
        String keptId = kept.get("id").asString();
        String mergedId = merged.get("id").asString();

        assertThat(page(supervisor, "/people/duplicates?lang=ar"))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("السجلات المكررة المحتملة")
                .contains(kept.get("registrationNumber").asString())
                .contains(merged.get("registrationNumber").asString())
                .contains("خارج نطاق عملك")
                .contains("/people/" + keptId);

        MvcTestResult merging = post(supervisor, "/people/duplicates/" + keptId + "/" + mergedId + "/merge", keptId);
        assertThat(merging).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/people/duplicates");
        assertThat(merging).flash().containsEntry("undoMerged", mergedId);
        assertThat(mergedInto(mergedId)).isEqualTo(UUID.fromString(keptId));

        MvcTestResult undoing = post(supervisor, "/people/duplicates/undo/" + mergedId, null);
        assertThat(undoing).hasStatus(HttpStatus.FOUND);
        assertThat(undoing).flash().containsEntry("flash", "people.duplicates.unmerged");
        assertThat(mergedInto(mergedId)).isNull();

        MvcTestResult again = post(supervisor, "/people/duplicates/undo/" + mergedId, null);
        assertThat(again).flash().containsEntry("problemCode", "people.not-merged");
    }

    @Test
    void notTheSamePersonLeavesTheQueueAndAMakerIsRefused() {
        User caseworker = people.user("CASEWORKER", TAZIRBU);
        User supervisor = people.user("PROGRAMME_MANAGER", TAZIRBU);
        String details = somebody(TAZIRBU);
        String one = people.register(caseworker, details).get("id").asString();
        String other = people.register(caseworker, details).get("id").asString();

        assertThat(page(caseworker, "/people/duplicates")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(caseworker, "/people/duplicates/" + one + "/" + other + "/not-same", null))
                .hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult decided = post(supervisor, "/people/duplicates/" + one + "/" + other + "/not-same", null);
        assertThat(decided).hasStatus(HttpStatus.FOUND);
        assertThat(decided).flash().containsEntry("flash", "people.duplicates.not-same-recorded");
        assertThat(page(supervisor, "/people/duplicates"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("data-one=\"" + first(one, other) + "\" data-other=\"" + last(one, other) + "\"");
    }

    private MvcTestResult page(User user, String uri) {
        return mvc.get().uri(uri).cookie(user.session()).exchange();
    }

    private MvcTestResult post(User user, String uri, String survivor) {
        var request = mvc.post()
                .uri(uri)
                .cookie(user.session())
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (survivor != null) {
            request.param("survivor", survivor);
        }
        return request.exchange();
    }

    private UUID mergedInto(String id) {
        return jdbc.sql("SELECT merged_into FROM people_person WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class)))
                .single()
                .orElse(null);
    }

    private static String first(String one, String other) {
        return one.compareTo(other) < 0 ? one : other;
    }

    private static String last(String one, String other) {
        return one.compareTo(other) < 0 ? other : one;
    }

    private static String somebody(String baladiya) {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder family = new StringBuilder("Ka");
        for (char c : hex.toCharArray()) {
            family.append((char) ('a' + Character.digit(c, 16)));
        }
        String passport = "P" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        return """
                {"givenName": {"lat": "Hawa", "ar": "حواء"}, "familyName": {"lat": "%s"}, "sex": "F",
                 "dateOfBirth": "1995-09-30", "nationality": "SDN", "baladiya": "%s",
                 "documents": [{"type": "passport", "number": "%s", "issuingCountry": "SDN"}]}
                """.formatted(family, baladiya, passport);
    }
}
