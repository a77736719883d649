package org.masar.people.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every reason the engine gives has its message in both languages, and none shows a phone or document number. */
class ReasonMessagesTests {

    @Test
    void everyReasonHasMessagesAndSafeArguments() throws IOException {
        Properties en = load("en");
        Properties ar = load("ar");
        String[][] pairs = {
            {
                "Mohamed|Ali||Zawi;M;1990-03-04;LBY;0912345678;passport:P123456:LBY",
                "محمد|علي||الزوي;M;1990-04-03;LBY;+218912345678;passport:123456:LBY"
            },
            {
                "Ahmed|Ali||Zawi;M;1990-03-04;LBY;0912345678;passport:P123456:LBY",
                "Khaled|Ali||Zawi;F;1960-03-04;EGY;;passport:P999999:LBY"
            },
            {"Diallo|||Mamadou;M;1990-03-04;;;", "Mamadou|||Diallo;M;1991-03-04;;;"},
            {"Fatima|Omar;F;~30@2025-01-01;;;", "Fatma|Omar;F;1995-05-05;;;"},
        };
        for (String[] p : pairs) {
            Comparison c = DuplicateEngineTests.compare(p[0], p[1]);
            for (Reason r : c.reasons()) {
                assertThat(en).containsKey(r.messageKey());
                assertThat(ar).containsKey(r.messageKey());
                for (String arg : r.args()) {
                    assertThat(arg).doesNotContain("912345678").doesNotContain("123456");
                }
            }
        }
    }

    @Test
    void everyReasonTheEngineCanGiveHasItsMessageInBothLanguages() throws IOException {
        Properties en = load("en");
        Properties ar = load("ar");
        // every code the engine's source names, not only those a sample of pairs happens to give
        java.util.List<String> codes = java.util.regex.Pattern.compile("new Reason\\(\\s*\"([a-z-]+)\"")
                .matcher(Files.readString(
                        Path.of("src/main/java/org/masar/people/internal/matching/DuplicateEngine.java")))
                .results()
                .map(match -> match.group(1))
                .distinct()
                .toList();
        assertThat(codes).contains("name-words-match", "names-borne-by-no-other", "given-name-close");
        for (String code : codes) {
            assertThat(en).containsKey("people.match.reason." + code);
            assertThat(ar).containsKey("people.match.reason." + code);
        }
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                Path.of("src/main/resources/messages/people-matching_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
