package org.masar.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.masar.MasarApplication;
import org.masar.bench.assistance.HandoverBench;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets of hand-written pairs through the API, each set in a register of its own, as a tester loading the pairs one by
 * one would see them: each pair's first record registered with {@code POST /api/v1/people}, the second asked of
 * {@code POST /api/v1/people/duplicate-candidates} and counted found when the first comes back {@code likely}, then the
 * second registered, so that the candidate search counts namesakes on the register as it grows. Not part of the build:
 * see bench/README.md.
 *
 * <p>Input: JSON lines, one pair each, {@code {"id", "same": true|false, "a": person, "b": person, "note"}}, the persons
 * in the API's person JSON. The sets themselves stay out of the repository, as the held-out set does: a set measured
 * often is a set tuned for. Writes, beside each set, {@code <set>.misses.txt}: the pairs of one person missed, the pairs
 * of two called likely, those of two scored at {@link #NEAR} or more, and what the engine said of each.
 */
public final class PeoplePairSetsBench {

    /** A score of two people this close to the engine's threshold (0.5) is listed as near. */
    private static final double NEAR = 0.4;

    private PeoplePairSetsBench() {}

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "target/bench-pairsets");
        org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(dataDir));
        String[] properties = {
            "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
            "--masar.crypto.key-file=" + dataDir + "/crypto.key",
            "--server.port=0",
            "--logging.level.root=WARN"
        };
        JsonMapper json = JsonMapper.builder().build();
        HttpClient http = HttpClient.newHttpClient();
        try (ConfigurableApplicationContext app = SpringApplication.run(MasarApplication.class, properties)) {
            JdbcClient owner = PeopleLoadBench.owner(app.getEnvironment());
            // A programme manager (mission-wide, may register and read people) who may also hold an API token.
            owner.sql("""
                            INSERT INTO access_role (code, built_in, name_en, name_ar)
                            VALUES ('BENCH_API_CLIENT', false, 'Bench API client', 'عميل واجهة القياس')
                            """)
                    .update();
            owner.sql("INSERT INTO access_role_permission (role_code, permission)"
                            + " VALUES ('BENCH_API_CLIENT', 'api:tokens')")
                    .update();
            owner.sql("""
                            INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                     created_by, updated_by)
                            VALUES (md5('bench-pairs')::uuid, 'bench-pairs', 'Pair sets', 'x', false, 'bench', 'bench')
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO access_user_role (user_id, role_code)
                            VALUES (md5('bench-pairs')::uuid, 'PROGRAMME_MANAGER'),
                                   (md5('bench-pairs')::uuid, 'BENCH_API_CLIENT')
                            """)
                    .update();
            String token = HandoverBench.token(app, "bench-pairs");
            String base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
            StringBuilder summary = new StringBuilder();
            for (String file : args) {
                // a register of the set alone: the persons of the sets before are no one's candidates once deleted
                owner.sql("UPDATE people_person SET deleted_at = now(), deleted_by = 'bench' WHERE deleted_at IS NULL")
                        .update();
                String line = measure(Path.of(file), json, http, base, token);
                summary.append(line).append('\n');
                System.out.println(line);
            }
            System.out.print("\n" + summary);
        }
    }

    private static String measure(Path file, JsonMapper json, HttpClient http, String base, String token)
            throws Exception {
        int same = 0;
        int found = 0;
        int two = 0;
        int falseLikely = 0;
        int across = 0;
        int acrossFound = 0;
        int refused = 0;
        StringBuilder misses = new StringBuilder();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode pair = json.readTree(text);
            String a = pair.get("a").toString();
            String b = pair.get("b").toString();
            HttpResponse<String> first = HandoverBench.post(http, base + "/api/v1/people", token, a);
            if (first.statusCode() == 400) {
                // a record the API refuses (Latin letters in an Arabic field): the set's slip, not the engine's; the
                // pair is left out of every count and listed
                refused++;
                misses.append("REFUSED ").append(pair.get("id")).append(" | ").append(first.body()).append('\n');
                continue;
            }
            HandoverBench.expect(first, 201);
            String firstId = json.readTree(first.body()).get("id").asString();
            HttpResponse<String> asked =
                    HandoverBench.post(http, base + "/api/v1/people/duplicate-candidates", token, b);
            if (asked.statusCode() == 400) {
                refused++;
                misses.append("REFUSED ").append(pair.get("id")).append(" | ").append(asked.body()).append('\n');
                continue;
            }
            HandoverBench.expect(asked, 200);
            JsonNode partner = null;
            for (JsonNode candidate : json.readTree(asked.body()).get("candidates")) {
                if (candidate.get("personId").asString().equals(firstId)) {
                    partner = candidate;
                }
            }
            boolean likely = partner != null && partner.get("likely").asBoolean();
            String said = partner == null
                    ? "not among the candidates"
                    : partner.get("score").asString() + " " + partner.get("reasons").findValuesAsString("code");
            boolean acrossScripts = !scripts(pair.get("a")).equals(scripts(pair.get("b")));
            if (pair.get("same").asBoolean()) {
                same++;
                across += acrossScripts ? 1 : 0;
                if (likely) {
                    found++;
                    acrossFound += acrossScripts ? 1 : 0;
                } else {
                    misses.append("MISSED ").append(pair.get("id")).append(acrossScripts ? " across scripts" : "")
                            .append(" | ").append(said).append("\n  ").append(a).append("\n  ").append(b)
                            .append("\n  ").append(pair.path("note")).append('\n');
                }
            } else {
                two++;
                if (likely) {
                    falseLikely++;
                    misses.append("FALSE ").append(pair.get("id")).append(" | ").append(said).append("\n  ")
                            .append(a).append("\n  ").append(b).append("\n  ").append(pair.path("note"))
                            .append('\n');
                } else if (partner != null && partner.get("score").asDouble() >= NEAR) {
                    // two people close to the threshold: how much room the engine leaves
                    misses.append("NEAR ").append(pair.get("id")).append(" | ").append(said).append("\n  ")
                            .append(a).append("\n  ").append(b).append("\n  ").append(pair.path("note"))
                            .append('\n');
                }
            }
            HandoverBench.expect(HandoverBench.post(http, base + "/api/v1/people", token, b), 201);
        }
        String line = String.format(
                "%s: one person %d, found %d, recall %.3f | two people %d, likely %d, precision %.3f"
                        + " | across scripts %d, found %d, recall %.3f%s",
                file.getFileName(), same, found, (double) found / Math.max(1, same), two, falseLikely,
                (double) found / Math.max(1, found + falseLikely), across, acrossFound,
                (double) acrossFound / Math.max(1, across),
                refused == 0 ? "" : " | " + refused + " pair(s) refused by the API, left out");
        Files.writeString(file.resolveSibling(file.getFileName() + ".misses.txt"), line + "\n" + misses);
        return line;
    }

    /** Which scripts a person's names are written in: "ar", "lat" or "arlat". */
    private static String scripts(JsonNode person) {
        boolean arabic = false;
        boolean latin = false;
        for (String part : List.of("givenName", "fatherName", "grandfatherName", "familyName")) {
            JsonNode name = person.path(part);
            arabic |= !name.path("ar").asString("").isBlank();
            latin |= !name.path("lat").asString("").isBlank();
        }
        return (arabic ? "ar" : "") + (latin ? "lat" : "");
    }
}
