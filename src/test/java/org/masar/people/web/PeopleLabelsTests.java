package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.masar.people.AgeBand;
import org.masar.people.DocumentType;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;

/**
 * The keys {@link PeopleLabels} builds from codes (the templates call it rather than building keys) are all in both
 * languages, since the bundles' own test cannot see keys built in Java.
 */
class PeopleLabelsTests {

    @Test
    void everyCodeThePagesNameHasItsWordsInArabicAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(Sex.values()).forEach(value -> keys.add("people.sex." + value.name()));
        Stream.of(PopulationGroup.values()).forEach(value -> keys.add("people.population-group." + value.name()));
        Stream.of(DocumentType.values()).forEach(value -> keys.add("people.document-type." + value.name()));
        Stream.of(AgeBand.values()).forEach(value -> keys.add("people.age-band." + value.name()));
        PeopleLabels.STATELESS_OR_REFUGEE.forEach(code -> keys.add("people.country." + code));
        for (String language : List.of("en", "ar")) {
            Properties bundle = load("src/main/resources/messages/people-pages_" + language + ".properties");
            assertThat(keys).as(language).allMatch(bundle::containsKey);
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of(path)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
