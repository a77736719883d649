package org.masar.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.masar.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names and registration numbers of a page of persons at once, for the rows of a list of cases.
 *
 * <p>A stop-gap: {@code people.People} has no batch read of names yet (only {@code recognise}, one person at a time,
 * audited each time), so this reads the people's table directly, in one query per page. It is the one place in the
 * cases module that reads another module's table; when {@code People} gains a batch method (names and registration
 * numbers for a collection of ids, as {@code access.Directory} gives user names), this class becomes a call to it.
 */
@Component
class CaseListPersonLabels {

    /** A person's label: the name parts in each script, joined, and the registration number. */
    record Label(String arabic, String latin, String registrationNumber) {}

    private final JdbcClient jdbc;

    CaseListPersonLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<PersonId, Label> labels(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, Label> labels = new HashMap<>();
        jdbc.sql("""
                        SELECT id, registration_number, given_name_ar, father_name_ar, grandfather_name_ar,
                               family_name_ar, given_name_lat, father_name_lat, grandfather_name_lat, family_name_lat
                          FROM people_person WHERE id = ANY(:ids)
                        """)
                .param("ids", persons.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    labels.put(
                            new PersonId(rs.getObject("id", UUID.class)),
                            new Label(
                                    join(
                                            rs.getString("given_name_ar"),
                                            rs.getString("father_name_ar"),
                                            rs.getString("grandfather_name_ar"),
                                            rs.getString("family_name_ar")),
                                    join(
                                            rs.getString("given_name_lat"),
                                            rs.getString("father_name_lat"),
                                            rs.getString("grandfather_name_lat"),
                                            rs.getString("family_name_lat")),
                                    rs.getString("registration_number")));
                });
        return labels;
    }

    private static String join(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
