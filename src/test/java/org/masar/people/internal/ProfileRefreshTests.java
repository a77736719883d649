package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.UniqueLetters;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.masar.people.internal.matching.Profile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person stored by an earlier engine (older encoding, keys derived by older rules) is found again once the profile
 * refresh has brought their features and keys to the current encoding, and their version is left alone.
 */
@MasarIntegrationTest
class ProfileRefreshTests {

    static final String MISRATA = "LY021401";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ProfileRefresh refresh;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void aPersonStoredByAnEarlierEngineIsFoundAgainAfterTheRefresh() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String family = "Wad" + UniqueLetters.of(5);
        String person = """
                {"givenName": {"ar": "فضل الله"}, "fatherName": {"ar": "دفع الله"}, "familyName": {"lat": "%s"},
                 "sex": "M", "dateOfBirth": "1989-04-02", "nationality": "SDN", "baladiya": "%s",
                 "phones": ["+218 91 %s"],
                 "documents": [{"type": "passport", "number": "P0%s", "issuingCountry": "SDN"}]}
                """.formatted(
                        family,
                        MISRATA,
                        1_000_000 + (int) (Math.random() * 8_999_999),
                        10_000_000 + (int) (Math.random() * 89_999_999));
        UUID id = UUID.fromString(people.register(caseworker, person).get("id").asString());
        String query = """
                {"givenName": {"lat": "Fadlallah"}, "fatherName": {"lat": "Dafalla"}, "familyName": {"lat": "%s"},
                 "sex": "M", "dateOfBirth": "1989-04-02", "nationality": "SDN", "baladiya": "%s"}
                """.formatted(family, MISRATA);
        assertThat(candidates(caseworker, query)).contains(id.toString());

        // As an earlier engine left it: features of the older encoding, keys from other rules (here: none of today's)
        String current = features(id);
        String older = "m2" + current.substring(current.indexOf('\u001F'), current.lastIndexOf('\u001F'));
        jdbc.sql("UPDATE people_person SET match_features = :older WHERE id = :id")
                .param("older", older)
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :id")
                .param("id", id)
                .update();
        int version = version(id);
        assertThat(candidates(caseworker, query)).doesNotContain(id.toString());

        int refreshed = 0;
        for (int done = refresh.refreshBatch(); done > 0; done = refresh.refreshBatch()) {
            refreshed += done;
        }

        assertThat(refreshed).isGreaterThanOrEqualTo(1);
        // the same features as registration derived, phones and documents included
        assertThat(current).contains("\u001F2189", "passport\u001DP0");
        assertThat(features(id)).isEqualTo(current).startsWith(Profile.currentPrefix());
        assertThat(version(id)).isEqualTo(version);
        assertThat(candidates(caseworker, query)).contains(id.toString());
        assertThat(refresh.refreshBatch()).isZero();
    }

    @Test
    void aForeignNumberStoredAsLibyanByAnEarlierEngineIsReadInItsCountrysPlanAfterTheRefresh() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String subscriber = Integer.toString(10_000_000 + (int) (Math.random() * 89_999_999));
        UUID id = UUID.fromString(
                people.register(caseworker, """
                        {"givenName": {"lat": "Tamer"}, "familyName": {"lat": "%s"}, "sex": "M",
                         "nationality": "EGY", "phones": ["010 %s"], "baladiya": "%s"}
                        """.formatted("Gad" + UniqueLetters.of(5), subscriber, MISRATA))
                        .get("id")
                        .asString());
        assertThat(storedPhone(id)).isEqualTo("2010" + subscriber);

        // As m10 and older left it: the Egyptian 010… read as a Libyan number
        String current = features(id);
        jdbc.sql("UPDATE people_person SET match_features = :older WHERE id = :id")
                .param("older", "m10" + current.substring(current.indexOf('\u001F')))
                .param("id", id)
                .update();
        jdbc.sql("UPDATE people_phone SET normalised = :libyan WHERE person_id = :id")
                .param("libyan", "21810" + subscriber)
                .param("id", id)
                .update();
        assertThat(found(caseworker, "+20 10 " + subscriber)).doesNotContain(id.toString());

        for (int done = refresh.refreshBatch(); done > 0; done = refresh.refreshBatch()) {}

        assertThat(storedPhone(id)).isEqualTo("2010" + subscriber);
        assertThat(features(id)).isEqualTo(current);
        assertThat(found(caseworker, "+20 10 " + subscriber)).contains(id.toString());
    }

    private String found(User user, String q) {
        return people.json(people.get(user, "/api/v1/people?q={q}", q))
                .get("items")
                .toString();
    }

    private String storedPhone(UUID id) {
        return jdbc.sql("SELECT normalised FROM people_phone WHERE person_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String candidates(User user, String query) {
        JsonNode found = people.json(people.post(user, "/api/v1/people/duplicate-candidates", query));
        return found.get("candidates").toString();
    }

    private String features(UUID id) {
        return jdbc.sql("SELECT match_features FROM people_person WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int version(UUID id) {
        return jdbc.sql("SELECT version FROM people_person WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
